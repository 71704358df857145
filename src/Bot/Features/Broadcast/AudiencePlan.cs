namespace KommunalBot.Bot.Features.Broadcast;

/// The subscriptions a send would reach, for the preview ("an 312 Kanäle in 57 Organisationen senden?") and the send.
internal sealed record AudiencePlan(IReadOnlyList<Subscription> Subscriptions)
{
    public int Channels => Subscriptions.Count;

    /// Organisations are Microsoft 365 tenants.
    public int Organisations => Subscriptions.Select(s => s.TenantId).Distinct(StringComparer.OrdinalIgnoreCase).Count();
}

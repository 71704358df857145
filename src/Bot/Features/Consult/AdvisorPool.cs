namespace KommunalBot.Bot.Features.Consult;

/// A group of advisors (section `Consult:Pools`). Members and the lead are Entra object ids in the advisors' tenant
/// <see cref="TenantId"/> (BayKommun's, or a partner's). Its channel is bound in Teams with `hier beraten {Name}`.
public sealed class AdvisorPool
{
    public string Name { get; set; } = string.Empty;

    public string TenantId { get; set; } = string.Empty;

    public List<string> Members { get; set; } = [];

    /// Mentioned when a request waits past its SLA.
    public string Lead { get; set; } = string.Empty;

    public PoolStrategy Strategy { get; set; } = PoolStrategy.Claim;
}

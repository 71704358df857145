namespace KommunalBot.Bot.Features.Consult;

/// Who acts: the Teams user of the turn (tenant, Entra object id, display name), or the bot itself.
internal sealed record ConsultActor(string TenantId, string ObjectId, string Name)
{
    public static ConsultActor Bot { get; } = new(string.Empty, "kommunalbot", "KommunalBot");
}

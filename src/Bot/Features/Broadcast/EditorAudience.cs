namespace KommunalBot.Bot.Features.Broadcast;

/// Limits an editor (by Entra object id) or every editor of a tenant (a partner organisation such as d-NRW) to
/// regions: they may send only items of those regions, and only to channels of organisations there.
/// Editors without an entry may send everywhere.
public sealed class EditorAudience
{
    public string? ObjectId { get; set; }

    public string? TenantId { get; set; }

    /// Lands or Regierungsbezirke as in <see cref="Regions"/>, e.g. ["NRW"].
    public List<string> Regions { get; set; } = [];
}

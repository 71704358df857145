namespace KommunalBot.Bot.Features.Delivery;

/// The body of `POST /admin/deliveries/{contentId}/recall`: `{"mode": "replace"}` or `{"mode": "delete"}`.
internal sealed record RecallRequest(string? Mode)
{
    /// The mode named, case-insensitively; null for anything else (numbers included).
    public RecallMode? Parsed => Mode?.ToLowerInvariant() switch
    {
        "replace" => RecallMode.Replace,
        "delete" => RecallMode.Delete,
        _ => null,
    };
}

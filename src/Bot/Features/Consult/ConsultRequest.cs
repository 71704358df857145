namespace KommunalBot.Bot.Features.Consult;

/// A consulting request as stored under `consult/request/{id}`. The requester's Entra object id and tenant say whose
/// it is; <see cref="Pool"/> is the advisor pool it was routed to; <see cref="ThreadConversationId"/> and
/// <see cref="CardActivityId"/> are where its card was posted in the pool's channel.
internal sealed record ConsultRequest
{
    /// Readable and unique: `BK-2026-0042`.
    public required string Id { get; init; }
    public required string TenantId { get; init; }
    public required string RequesterObjectId { get; init; }
    public required string RequesterName { get; init; }
    public required string Organisation { get; init; }
    public string Region { get; init; } = string.Empty;
    public required string Topic { get; init; }
    public ConsultUrgency Urgency { get; init; }
    public required string Text { get; init; }
    public string? PreferredContact { get; init; }
    public DateTimeOffset ConsentUtc { get; init; }
    public required string Pool { get; init; }
    public ConsultStatus Status { get; init; }
    public string? Assignee { get; init; }
    public string? AssigneeName { get; init; }
    public DateTimeOffset? SlaDueUtc { get; init; }
    public DateTimeOffset? EscalatedUtc { get; init; }

    /// The question the clerk asked and the answer the bot gave, when the request came from an answer card.
    public string? Question { get; init; }
    public string? AnswerSeen { get; init; }
    public string? Resolution { get; init; }
    public int? Rating { get; init; }
    public string? ThreadConversationId { get; init; }
    public string? CardActivityId { get; init; }
    public DateTimeOffset CreatedUtc { get; init; }
    public DateTimeOffset UpdatedUtc { get; init; }
    public IReadOnlyList<ConsultHistoryEntry> History { get; init; } = [];

    public bool IsOpen => Status is not (ConsultStatus.Geloest or ConsultStatus.Zurueckgezogen);
}

using KommunalBot.Bot.Protocol;

namespace KommunalBot.Bot.Features.Delivery;

/// One (content, conversation) delivery as stored under `delivery/{contentId}/{conversationId}`, written before
/// anything is sent and after every step. <see cref="Reference"/> is where it goes (for a thread reply, with the
/// thread's conversation id). <see cref="Version"/> is the content version posted or last edited into the copy;
/// <see cref="Recall"/> says what recall did to it.
internal sealed record DeliveryRecord
{
    public required string ContentId { get; init; }
    public required string Owner { get; init; }
    public required ConversationReference Reference { get; init; }
    public DeliveryState State { get; init; }
    /// Send attempts that reached Teams or failed on the way (429s are not counted: Teams did not take the call).
    public int Attempts { get; init; }

    /// Failed attempts of the pending edit or recall of the posted copy.
    public int ChangeAttempts { get; init; }
    public DateTimeOffset? NextAttemptUtc { get; init; }
    public string? LastError { get; init; }
    public string? ActivityId { get; init; }
    public string? PostedConversationId { get; init; }
    public int Version { get; init; }
    public RecallProgress Recall { get; init; }
    public DateTimeOffset CreatedUtc { get; init; }
    public DateTimeOffset? SentUtc { get; init; }
    public DateTimeOffset UpdatedUtc { get; init; }

    public string TenantId => Reference.TenantId;

    public string ConversationId => Reference.ConversationId;

    /// No send is due any more (settled), though a posted copy may still need an edit or a recall.
    public bool Settled => State is not (DeliveryState.Pending or DeliveryState.Sending);

    public DeliveryStatus ToStatus() => new(ContentId, ConversationId, State, ActivityId, PostedConversationId, LastError, SentUtc);
}

namespace KommunalBot.Bot.Features.Delivery;

/// The one way features send proactive messages (ARCHITECTURE: "Delivery is one feature"). Every (content,
/// recipient) pair becomes a delivery record in the store before anything is sent; one sender, under a lease,
/// posts them within Teams' rate limits, exactly once, and keeps what became of each for the report.
public interface IOutbox
{
    /// Queues <paramref name="content"/> for every recipient. Enqueueing the same content id for the same
    /// conversation again changes nothing (the record's key is deterministic). Content that Teams would refuse
    /// (too large, no summary) is refused as a whole; a recipient that cannot be reached (a person without a 1:1
    /// chat with the bot) is refused on its own, with the reason. Nothing is sent before this returns.
    Task<EnqueueOutcome> EnqueueAsync(DeliveryContent content, IReadOnlyCollection<DeliveryRecipient> recipients, CancellationToken cancellationToken);

    /// What became of the content's deliveries; null for an unknown content id.
    Task<DeliveryReport?> ReportAsync(string contentId, CancellationToken cancellationToken);

    /// The delivery of the content to one conversation (a channel's, a chat's, or a thread's id), with the posted
    /// activity id once sent; null when there is none.
    Task<DeliveryStatus?> FindAsync(string contentId, string conversationId, CancellationToken cancellationToken);

    /// Replaces the content's message: copies not yet sent go out in the new form, every posted copy is edited in
    /// place (by the sender, within the same limits). Refused like <see cref="EnqueueAsync"/> for bad content.
    Task<ChangeOutcome> UpdateAsync(DeliveryContent content, CancellationToken cancellationToken);

    /// Withdraws the content: copies not yet sent are not sent, every posted copy is replaced by a short
    /// "zurückgezogen" card (<see cref="RecallMode.Replace"/>) or deleted (<see cref="RecallMode.Delete"/>).
    Task<ChangeOutcome> RecallAsync(string contentId, RecallMode mode, CancellationToken cancellationToken);

    /// Deletes every content whose id starts with <paramref name="contentIdPrefix"/>, with its records: for an erasure
    /// request (DSGVO Art. 17) that reaches a person named inside messages the owner feature sent (Consult's notifications
    /// name the advisor). Copies already posted stay in Teams; copies not yet sent are not sent. Returns how many went.
    Task<int> ForgetAsync(string contentIdPrefix, CancellationToken cancellationToken);
}

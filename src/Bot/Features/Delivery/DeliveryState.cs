namespace KommunalBot.Bot.Features.Delivery;

/// Pending → Sending → Sent | Failed | Retired | Unknown.
public enum DeliveryState
{
    /// Waiting for its turn (or, after a transient failure, for its next attempt).
    Pending,

    /// The POST is under way. A record found in this state after a crash becomes <see cref="Unknown"/>.
    Sending,

    /// Teams accepted it; the posted activity id is kept for update and recall.
    Sent,

    /// Teams refused it for good (not "gone"), or every attempt failed.
    Failed,

    /// The conversation is gone (403 MessageWritesBlocked: the bot was blocked or removed; 404): its reference
    /// was retired and its owner feature told; or the content was recalled before this copy was sent.
    Retired,

    /// The POST was in flight when the sender died: Teams may or may not have it. Not sent again (no guessing).
    Unknown,
}

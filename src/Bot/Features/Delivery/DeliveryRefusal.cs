namespace KommunalBot.Bot.Features.Delivery;

public enum DeliveryRefusal
{
    /// The content id is empty, too long, or has characters other than letters, digits, '-', '_' and '.'.
    InvalidContentId,

    /// The message has no summary: Teams would show "sent a card" in the toast.
    NoSummary,

    /// The serialized message is over Delivery:MaxMessageBytes; Teams refuses messages over about 100 KB.
    TooLarge,

    /// The recipient has no stored conversation reference (a person who never chatted with the bot, or who removed it).
    NoReference,

    /// The conversation reference names no tenant or service URL, so it cannot be addressed.
    IncompleteReference,

    /// No content with this id was enqueued.
    UnknownContent,

    /// The content was recalled; it cannot be changed or sent again under the same id.
    Recalled,
}

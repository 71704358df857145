namespace KommunalBot.Bot.Features.Delivery;

/// What recall did to one posted copy.
internal enum RecallProgress
{
    None,

    /// Replaced by the "zurückgezogen" card, or deleted.
    Done,

    /// Teams refused the edit or delete for good (the copy was deleted by hand, the conversation is gone).
    Failed,
}

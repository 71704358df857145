namespace KommunalBot.Bot.Features.Ask;

/// What became of a rating: stored, the question is gone (retention, erasure), or other writes kept
/// winning (see <see cref="QuestionLog.SetFeedbackAsync"/>).
internal enum FeedbackOutcome { Saved, NotFound, Busy }

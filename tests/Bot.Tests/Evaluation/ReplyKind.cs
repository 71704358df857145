namespace KommunalBot.Bot.Tests.Evaluation;

/// What the bot did with a question, read from the reply (see <see cref="BotReply.Read"/>).
internal enum ReplyKind
{
    /// The answer card (cards/answer.json).
    Answered,

    /// The honest no-answer card (cards/no-answer.json).
    Abstained,

    /// Anything else: an apology after an error, a text reply, another card, no reply at all.
    Other,
}

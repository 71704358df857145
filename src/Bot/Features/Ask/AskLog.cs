namespace KommunalBot.Bot.Features.Ask;

/// Ask log messages, event ids 2000-2099. Question text only at Debug.
internal static partial class AskLog
{
    [LoggerMessage(2003, LogLevel.Information, "Question answered: facet {Facet}, confidence {Confidence:F2}, service {ServiceId}, answered {Answered}")]
    public static partial void Answered(ILogger logger, string facet, double confidence, string? serviceId, bool answered);

    [LoggerMessage(2004, LogLevel.Debug, "Question text: {Question}")]
    public static partial void QuestionText(ILogger logger, string question);

    [LoggerMessage(2005, LogLevel.Information, "Feedback {Helpful} stored for question {QuestionId}")]
    public static partial void Feedback(ILogger logger, bool helpful, string questionId);

    [LoggerMessage(2006, LogLevel.Error, "After the answer was sent, {Step} failed ({ErrorType}); the user got the answer")]
    public static partial void AfterReplyFailed(ILogger logger, string step, string errorType);
}

namespace KommunalBot.Bot.Features.Broadcast.Practice;

/// Log messages of best-practice submissions and their review, event ids 2850-2899 (Broadcast's part B). Ids and
/// counts only: no names, titles or contacts.
internal static partial class PracticeLog
{
    [LoggerMessage(2850, LogLevel.Information, "Best practice {SubmissionId} submitted (round {Round})")]
    public static partial void Submitted(ILogger logger, string submissionId, int round);

    [LoggerMessage(2851, LogLevel.Information, "Best practice {SubmissionId} round {Round} decided: {Decision}")]
    public static partial void Decided(ILogger logger, string submissionId, int round, string decision);

    [LoggerMessage(2852, LogLevel.Warning, "Best practice {SubmissionId} waits without a review card: no editors' channel is bound (`hier redaktion`); editors see it with `einreichungen`")]
    public static partial void NoEditorChannel(ILogger logger, string submissionId);

    [LoggerMessage(2853, LogLevel.Error, "The review card of best practice {SubmissionId} was refused by Delivery: {Reason}")]
    public static partial void CardRefused(ILogger logger, string submissionId, string reason);

    [LoggerMessage(2854, LogLevel.Warning, "The submitter of best practice {SubmissionId} cannot be told the outcome: {Reason}")]
    public static partial void NoticeRefused(ILogger logger, string submissionId, string reason);

    [LoggerMessage(2855, LogLevel.Error, "Best practice {SubmissionId} is published but not in the knowledge base: a knowledge file has its id")]
    public static partial void ArticleIdTaken(ILogger logger, string submissionId);

    [LoggerMessage(2856, LogLevel.Information, "Editors' channel bound in tenant {TenantId}; {Posted} pending submissions posted there")]
    public static partial void EditorChannelBound(ILogger logger, string tenantId, int posted);

    [LoggerMessage(2857, LogLevel.Information, "Best-practice retention deleted {Count} submissions decided before {CutoffUtc}")]
    public static partial void RetentionDeleted(ILogger logger, int count, DateTimeOffset cutoffUtc);

    [LoggerMessage(2858, LogLevel.Information, "Best-practice erasure: {Deleted} own submissions deleted, the person anonymised in {Anonymised}")]
    public static partial void Erased(ILogger logger, int deleted, int anonymised);
}

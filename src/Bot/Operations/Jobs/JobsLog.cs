namespace KommunalBot.Bot.Operations.Jobs;

/// Job log messages, event ids 4100-4149. The holder id names this process's claim (not a secret: taking a lease
/// needs write access to the store anyway).
internal static partial class JobsLog
{
    [LoggerMessage(4100, LogLevel.Information, "This instance took job {Job} (lease holder {Holder})")]
    public static partial void Took(ILogger logger, string job, Guid holder);

    [LoggerMessage(4101, LogLevel.Warning, "This instance lost job {Job} (lease holder {Holder}): its work is cancelled")]
    public static partial void Lost(ILogger logger, string job, Guid holder);

    [LoggerMessage(4102, LogLevel.Information, "This instance released job {Job} (lease holder {Holder})")]
    public static partial void Released(ILogger logger, string job, Guid holder);

    [LoggerMessage(4103, LogLevel.Debug, "Job {Job} runs on another instance")]
    public static partial void HeldElsewhere(ILogger logger, string job);

    [LoggerMessage(4106, LogLevel.Debug, "Job {Job} ran")]
    public static partial void Ran(ILogger logger, string job);

    [LoggerMessage(4104, LogLevel.Error, "Job {Job} failed; it runs again after its interval")]
    public static partial void RunFailed(ILogger logger, string job, Exception exception);

    [LoggerMessage(4105, LogLevel.Warning, "The lease of job {Job} could not be reached; the job pauses until the lease is taken again")]
    public static partial void LeaseUnreachable(ILogger logger, string job, Exception exception);
}

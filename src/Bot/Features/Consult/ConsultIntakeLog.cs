namespace KommunalBot.Bot.Features.Consult;

/// Log messages of the clerk's side of Consult, event ids 2760-2779 (within Consult's 2700-2799). No names or texts.
internal static partial class ConsultIntakeLog
{
    [LoggerMessage(2760, LogLevel.Information, "Consult retention deleted {Count} requests closed before {CutoffUtc}")]
    public static partial void RetentionDeleted(ILogger logger, int count, DateTimeOffset cutoffUtc);

    [LoggerMessage(2761, LogLevel.Information, "Consult erasure: {Deleted} own requests deleted, the person anonymised in {Anonymised} others")]
    public static partial void Erased(ILogger logger, int deleted, int anonymised);
}

namespace KommunalBot.Bot.Features.Delivery;

/// Log messages of the editors' side of Delivery (reports, recall, privacy, retention): event ids 2680-2699 of
/// Delivery's range; the sender's <c>DeliveryLog</c> uses the ones below. No person, no conversation id.
internal static partial class DeliveryEditorLog
{
    [LoggerMessage(2680, LogLevel.Information, "Content {ContentId} recalled ({Mode}) through {Via}: {Posted} posted copies to change, {NotYetSent} not to send")]
    public static partial void Recalled(ILogger logger, string contentId, RecallMode mode, string via, int posted, int notYetSent);

    [LoggerMessage(2681, LogLevel.Information, "Delivery retention deleted {Contents} content(s) settled before {CutoffUtc:O} with {Records} record(s)")]
    public static partial void Purged(ILogger logger, int contents, DateTimeOffset cutoffUtc, int records);
}

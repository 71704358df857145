using System.Text.Json;
using KommunalBot.Bot.Protocol;
using KommunalBot.Bot.Protocol.Connector;
using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Features.Delivery;

/// Carries out one <see cref="DeliveryStep"/> of one record: the Connector call and the record writes around it. A send
/// is written Sending before the POST and its outcome after; so a crash in between leaves Sending, which the next sender
/// marks Unknown rather than post twice. Edits and recalls are PUT/DELETE, safe to repeat, so they need no such state.
/// Calls run with their own timeout, not the sender's stop token: a graceful stop lets them finish and be recorded.
internal sealed class DeliverySteps(
    DeliveryStore store,
    ConnectorClient connector,
    DeliveryMessages messages,
    IOptions<DeliveryOptions> options,
    TimeProvider timeProvider,
    ILogger<DeliverySteps> logger)
{
    public async Task<StepResult> RunAsync(DeliveryStep step, Stored<DeliveryRecord> stored, StoredContent content)
    {
        try
        {
            return step switch
            {
                DeliveryStep.Send => await SendAsync(stored, content),
                DeliveryStep.Edit => await ChangeAsync(stored, content, recall: false),
                DeliveryStep.Recall => await ChangeAsync(stored, content, recall: true),
                DeliveryStep.Retire => await SettleAsync(stored, DeliveryState.Retired, content.Recalled is not null ? "zurückgezogen" : "Unterhaltung nicht mehr erreichbar"),
                DeliveryStep.MarkUnknown => await MarkUnknownAsync(stored),
                _ => new StepResult(stored, StepCall.None, Now),
            };
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            DeliveryLog.StepBroke(logger, content.ContentId, exception);
            return new StepResult(null, StepCall.None, Now);
        }
    }

    private async Task<StepResult> SendAsync(Stored<DeliveryRecord> stored, StoredContent content)
    {
        var record = stored.Value;
        var sending = await WriteAsync(stored, record with { State = DeliveryState.Sending, Attempts = record.Attempts + 1, UpdatedUtc = Now });
        if (sending is null)
        {
            return new StepResult(await ReadAsync(record), StepCall.None, Now); // changed meanwhile: planned again from what is stored
        }

        var outcome = await CallAsync(token => connector.SendAsync(record.Reference, Message(content), ConnectorRetry.None, token), isPost: true);
        var now = Now;
        var next = sending.Value with { UpdatedUtc = now, NextAttemptUtc = null };
        switch (outcome)
        {
            case ConnectorOutcome.Sent sent:
                next = next with
                {
                    State = DeliveryState.Sent, ActivityId = sent.ActivityId, PostedConversationId = Posted(record.Reference, sent),
                    Version = content.Version, SentUtc = now, LastError = null,
                };
                return new StepResult(await WriteAsync(sending, next), StepCall.Counted, now);
            case ConnectorOutcome.Throttled throttled:
                next = next with { State = DeliveryState.Pending, Attempts = record.Attempts, LastError = "429 Throttled" };
                return new StepResult(await WriteAsync(sending, next), StepCall.Throttled, now, throttled.RetryAfter);
            case ConnectorOutcome.Gone gone:
                next = next with { State = DeliveryState.Retired, LastError = $"{gone.Status} {gone.ErrorCode}" };
                var conversationGone = gone.Status == 403 || !record.ConversationId.Contains(";messageid=", StringComparison.OrdinalIgnoreCase);
                return new StepResult(await WriteAsync(sending, next), StepCall.Counted, now, ConversationGone: conversationGone);
            case ConnectorOutcome.Failed { MayHaveArrived: true } failed:
                next = next with { State = DeliveryState.Unknown, LastError = Reason(failed) };
                DeliveryLog.MarkedUnknown(logger, content.ContentId);
                return new StepResult(await WriteAsync(sending, next), StepCall.Counted, now);
            case ConnectorOutcome.Failed { Transient: true } failed when next.Attempts < options.Value.MaxAttempts:
                next = next with { State = DeliveryState.Pending, LastError = Reason(failed), NextAttemptUtc = now + Backoff(next.Attempts) };
                return new StepResult(await WriteAsync(sending, next), StepCall.Counted, now);
            default:
                var reason = outcome is ConnectorOutcome.Failed failure ? Reason(failure) : outcome.ToString();
                DeliveryLog.Failed(logger, content.ContentId, record.Reference.ConversationType, record.TenantId, reason);
                next = next with { State = DeliveryState.Failed, LastError = reason };
                return new StepResult(await WriteAsync(sending, next), StepCall.Counted, now);
        }
    }

    /// Edits the posted copy to the content's version, or recalls it. A copy Teams no longer has (404) counts as done
    /// for a recall; any other permanent refusal ends the attempt with the reason kept.
    private async Task<StepResult> ChangeAsync(Stored<DeliveryRecord> stored, StoredContent content, bool recall)
    {
        var record = stored.Value;
        var to = record.Reference with { ConversationId = record.PostedConversationId ?? record.ConversationId };
        var outcome = await CallAsync(token => recall && content.Recalled == RecallMode.Delete
            ? connector.DeleteAsync(to, record.ActivityId!, ConnectorRetry.None, token)
            : connector.UpdateAsync(to, record.ActivityId!, recall ? messages.Recalled(content, record.Reference.Locale) : Message(content), ConnectorRetry.None, token),
            isPost: false);
        var now = Now;
        var next = record with { UpdatedUtc = now, NextAttemptUtc = null };
        DeliveryRecord Done(RecallProgress progress, string? error) => recall
            ? next with { Recall = progress, ChangeAttempts = 0, LastError = error }
            : next with { Version = content.Version, ChangeAttempts = 0, LastError = error };

        switch (outcome)
        {
            case ConnectorOutcome.Sent:
                return new StepResult(await WriteAsync(stored, Done(RecallProgress.Done, null)), StepCall.Counted, now);
            case ConnectorOutcome.Throttled throttled:
                return new StepResult(stored, StepCall.Throttled, now, throttled.RetryAfter);
            case ConnectorOutcome.Failed { Transient: true } failed when record.ChangeAttempts + 1 < options.Value.MaxAttempts:
                next = next with { ChangeAttempts = record.ChangeAttempts + 1, NextAttemptUtc = now + Backoff(record.ChangeAttempts + 1), LastError = Reason(failed) };
                return new StepResult(await WriteAsync(stored, next), StepCall.Counted, now);
            case ConnectorOutcome.Gone { Status: 404 } when recall:
                return new StepResult(await WriteAsync(stored, Done(RecallProgress.Done, null)), StepCall.Counted, now);
            default:
                var reason = outcome switch
                {
                    ConnectorOutcome.Failed failed => Reason(failed),
                    ConnectorOutcome.Gone gone => $"{gone.Status} {gone.ErrorCode}",
                    _ => outcome.ToString(),
                };
                var step = recall ? "recall" : "edit";
                DeliveryLog.ChangeFailed(logger, content.ContentId, step, reason);
                return new StepResult(await WriteAsync(stored, Done(RecallProgress.Failed, $"{step}: {reason}")), StepCall.Counted, now);
        }
    }

    private async Task<StepResult> SettleAsync(Stored<DeliveryRecord> stored, DeliveryState state, string reason) =>
        new(await WriteAsync(stored, stored.Value with { State = state, LastError = reason, NextAttemptUtc = null, UpdatedUtc = Now }), StepCall.None, Now);

    private async Task<StepResult> MarkUnknownAsync(Stored<DeliveryRecord> stored)
    {
        DeliveryLog.MarkedUnknown(logger, stored.Value.ContentId);
        return await SettleAsync(stored, DeliveryState.Unknown, "Beim Senden unterbrochen (Neustart); ob Teams die Nachricht erhielt, ist unbekannt");
    }

    /// The call with <see cref="DeliveryOptions.CallTimeout"/>; a timeout is a failure that, for a POST, may have reached Teams.
    private async Task<ConnectorOutcome> CallAsync(Func<CancellationToken, Task<ConnectorOutcome>> call, bool isPost)
    {
        using var timeout = new CancellationTokenSource(options.Value.CallTimeout, timeProvider);
        try
        {
            return await call(timeout.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            return new ConnectorOutcome.Failed(0, "Timeout", Transient: true, MayHaveArrived: isPost);
        }
    }

    /// If-match write; on a conflict the stored record is returned (someone else changed it; it is planned again).
    private async Task<Stored<DeliveryRecord>?> WriteAsync(Stored<DeliveryRecord> stored, DeliveryRecord next)
    {
        var etag = await store.PutRecordAsync(next, stored.ETag, CancellationToken.None);
        return etag is null ? await ReadAsync(next) : stored with { Value = next, ETag = etag };
    }

    private Task<Stored<DeliveryRecord>?> ReadAsync(DeliveryRecord record) =>
        store.GetRecordAsync(record.ContentId, record.ConversationId, CancellationToken.None);

    private TimeSpan Backoff(int attempt)
    {
        var settings = options.Value;
        var delay = settings.BaseBackoff * Math.Pow(2, Math.Min(attempt - 1, 20));
        return (delay < settings.MaxBackoff ? delay : settings.MaxBackoff) * (0.8 + (0.4 * Random.Shared.NextDouble()));
    }

    // A fresh activity per call: the connector addresses (mutates) the one it is given.
    private static Activity Message(StoredContent content) =>
        JsonSerializer.Deserialize(content.MessageJson, ProtocolJsonContext.Default.Activity)!;

    /// Where the message now is: a post into a channel starts a thread whose id is the channel's with the message's
    /// (`19:…@thread.tacv2;messageid={activityId}`, how Teams names threads); replies to it and edits of it go there.
    private static string Posted(ConversationReference reference, ConnectorOutcome.Sent sent) =>
        reference.ConversationType == "channel" && sent.ActivityId is { Length: > 0 } id
            && !sent.ConversationId.Contains(";messageid=", StringComparison.OrdinalIgnoreCase)
            ? $"{sent.ConversationId};messageid={id}"
            : sent.ConversationId;

    private static string Reason(ConnectorOutcome.Failed failed) => failed.Status == 0 ? failed.Reason : $"{failed.Status} {failed.Reason}";

    private DateTimeOffset Now => timeProvider.GetUtcNow();
}

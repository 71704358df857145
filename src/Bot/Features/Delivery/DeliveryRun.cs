using System.Collections.Concurrent;
using KommunalBot.Bot.Protocol;
using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Features.Delivery;

/// One run of the sender while it holds the lease. It keeps the open contents and their records in memory (read once
/// per change of a content's open marker, never all records on a timer), plans each record's next step, lets the
/// <see cref="DeliveryScheduler"/> pick calls within Teams' limits, and runs up to <see cref="DeliveryOptions.MaxInFlight"/>
/// steps at once. Only this loop touches its memory and the scheduler; steps report back through a queue.
/// When the run is cancelled (stop, lost lease) it starts nothing new and waits for the steps in flight.
internal sealed class DeliveryRun(
    DeliveryStore store,
    DeliverySteps steps,
    DeliveryScheduler scheduler,
    DeliverySignal signal,
    ConversationReferenceStore references,
    IReadOnlyDictionary<string, IDeliveryOwner> owners,
    DeliveryOptions settings,
    TimeProvider timeProvider,
    ILogger logger)
{
    private readonly Dictionary<string, OpenState> open = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Stored<DeliveryRecord>> records = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Task> busy = new(StringComparer.Ordinal);
    private readonly HashSet<string> taken = new(StringComparer.Ordinal); // busy keys the scheduler handed out
    private readonly HashSet<string> gone = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string Key, StepResult Result)> results = new();
    private readonly List<Task> notices = [];

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await RefreshAsync(cancellationToken);
            DeliveryLog.Started(logger, open.Count, open.Values.Sum(o => o.Active.Count));
            var nextPoll = Now + settings.PollInterval;
            while (!cancellationToken.IsCancellationRequested)
            {
                Apply();
                if (signal.TakeRequest() || Now >= nextPoll)
                {
                    await RefreshAsync(cancellationToken);
                    nextPoll = Now + settings.PollInterval;
                }

                Dispatch();
                await CloseSettledAsync(cancellationToken);
                // With every slot busy only a finished step (it nudges) or the poll can bring work.
                var chance = busy.Count < settings.MaxInFlight ? scheduler.NextChance(Now) : null;
                var wake = chance < nextPoll ? chance.Value : nextPoll;
                if (results.IsEmpty)
                {
                    await signal.WaitAsync(wake > Now ? wake - Now : TimeSpan.FromMilliseconds(1), timeProvider, cancellationToken);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // stopping: finish what is in flight below
        }
        finally
        {
            await Task.WhenAll(busy.Values.Concat(notices)); // steps never throw; they record their own outcome
        }
    }

    /// Reads the open markers; a content whose marker changed since it was read (or is new) is read again with its records.
    private async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await foreach (var marker in store.ListOpenAsync(cancellationToken))
        {
            var contentId = marker.Value.ContentId;
            if (open.TryGetValue(contentId, out var known) && known.MarkerETag == marker.ETag)
            {
                continue;
            }

            if (await store.GetContentAsync(contentId, cancellationToken) is not { } content)
            {
                await store.CloseAsync(contentId, marker.ETag, cancellationToken); // erased or expired: nothing to send
                continue;
            }

            var state = known ?? new OpenState(content, marker.ETag);
            (state.Content, state.MarkerETag) = (content, marker.ETag);
            open[contentId] = state;
            await foreach (var record in store.ListRecordsAsync(contentId, cancellationToken))
            {
                if (busy.ContainsKey(record.Key))
                {
                    continue; // ours, in flight: its step reports what it wrote
                }

                state.Keys.Add(record.Key);
                records[record.Key] = record;
                scheduler.Remove(record.Key);
                Plan(state, record);
            }
        }
    }

    /// Decides the record's next step: a call goes to the scheduler, a settlement without a call runs at once.
    private void Plan(OpenState state, Stored<DeliveryRecord> record)
    {
        var (step, notBefore) = DeliveryPlan.For(record.Value, state.Content.Value, gone.Contains(Conversation(record.Value)));
        switch (step)
        {
            case DeliveryStep.None:
                state.Active.Remove(record.Key);
                break;
            case DeliveryStep.Retire or DeliveryStep.MarkUnknown:
                state.Active.Add(record.Key);
                Start(step, record, state);
                break;
            default:
                state.Active.Add(record.Key);
                scheduler.Add(new DeliveryWork(record.Key, record.Value.TenantId, Conversation(record.Value)), notBefore);
                break;
        }
    }

    /// Starts the calls the scheduler allows now.
    private void Dispatch()
    {
        while (busy.Count < settings.MaxInFlight && scheduler.TryTake(Now, out var work))
        {
            if (!records.TryGetValue(work.Key, out var record) || !open.TryGetValue(record.Value.ContentId, out var state))
            {
                scheduler.Released(work);
                continue;
            }

            var (step, _) = DeliveryPlan.For(record.Value, state.Content.Value, gone.Contains(work.ConversationId));
            if (step is DeliveryStep.Send or DeliveryStep.Edit or DeliveryStep.Recall)
            {
                taken.Add(work.Key);
                Start(step, record, state);
            }
            else
            {
                scheduler.Released(work); // the plan changed since it was queued
                Plan(state, record);
            }
        }
    }

    private void Start(DeliveryStep step, Stored<DeliveryRecord> record, OpenState state)
    {
        var content = state.Content.Value;
        busy[record.Key] = Task.Run(async () =>
        {
            var result = await steps.RunAsync(step, record, content);
            results.Enqueue((record.Key, result));
            signal.Nudge();
        });
    }

    /// Takes in what finished steps did: the scheduler learns of the call, the record is planned again.
    private void Apply()
    {
        while (results.TryDequeue(out var finished))
        {
            var (key, result) = finished;
            busy.Remove(key);
            var work = records.TryGetValue(key, out var before) && taken.Remove(key)
                ? new DeliveryWork(key, before.Value.TenantId, Conversation(before.Value))
                : null;
            if (work is not null)
            {
                switch (result.Call)
                {
                    case StepCall.Counted:
                        scheduler.Completed(work, result.At);
                        break;
                    case StepCall.Throttled:
                        DeliveryLog.Throttled(logger, work.TenantId, (long?)result.RetryAfter?.TotalMilliseconds);
                        scheduler.Throttled(work, result.At, result.RetryAfter);
                        break;
                    default:
                        scheduler.Released(work);
                        break;
                }
            }

            if (before is not null && result.ConversationGone && gone.Add(Conversation(before.Value)))
            {
                notices.Add(RetireConversationAsync(result.Record?.Value ?? before.Value));
            }

            if (before is null || !open.TryGetValue(before.Value.ContentId, out var state))
            {
                continue;
            }

            if (result.Record is not { } now)
            {
                records.Remove(key); // vanished or unreadable: read the content again at the next refresh
                state.Active.Remove(key);
                state.MarkerETag = string.Empty;
                continue;
            }

            records[key] = now;
            if (result.Call != StepCall.Throttled) // a throttled call is queued again by the scheduler itself
            {
                scheduler.Remove(key);
                Plan(state, now);
            }
        }
    }

    /// Contents with nothing left to do: completion time stored, marker removed unless it changed meanwhile, memory freed.
    private async Task CloseSettledAsync(CancellationToken cancellationToken)
    {
        foreach (var state in open.Values.Where(s => s.Active.Count == 0 && s.MarkerETag.Length > 0).ToList())
        {
            var content = state.Content;
            var counts = state.Keys.Select(k => records.TryGetValue(k, out var r) ? r.Value.State : DeliveryState.Pending)
                .GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());
            if (content.Value.CompletedUtc is null)
            {
                await store.PutContentAsync(content.Value with { CompletedUtc = Now }, content.ETag, cancellationToken); // a conflict: changed, reopened
            }

            await store.CloseAsync(content.Value.ContentId, state.MarkerETag, cancellationToken);
            DeliveryLog.Settled(logger, content.Value.ContentId, counts.GetValueOrDefault(DeliveryState.Sent), counts.GetValueOrDefault(DeliveryState.Failed),
                counts.GetValueOrDefault(DeliveryState.Retired), counts.GetValueOrDefault(DeliveryState.Unknown), state.Keys.Count);
            foreach (var key in state.Keys)
            {
                records.Remove(key);
            }

            open.Remove(content.Value.ContentId);
        }
    }

    /// Teams said the conversation is gone: its reference is removed and the content's owner feature told, once per run.
    private async Task RetireConversationAsync(DeliveryRecord record)
    {
        DeliveryLog.Gone(logger, record.Reference.ConversationType, record.TenantId, record.LastError ?? "gone");
        try
        {
            await references.RemoveAsync(record.TenantId, record.ConversationId, CancellationToken.None);
            if (owners.TryGetValue(record.Owner, out var owner))
            {
                await owner.ConversationGoneAsync(record.Reference, CancellationToken.None);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            DeliveryLog.OwnerFailed(logger, record.Owner, exception);
        }
    }

    // Teams counts a channel's threads against the channel.
    private static string Conversation(DeliveryRecord record) => ConversationReference.WithoutThread(record.ConversationId);

    private DateTimeOffset Now => timeProvider.GetUtcNow();
}

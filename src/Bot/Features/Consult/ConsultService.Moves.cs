namespace KommunalBot.Bot.Features.Consult;

/// Moves on existing requests.
internal sealed partial class ConsultService
{
    private const int MaxAttempts = 20;

    /// Decides and stores one move. <paramref name="target"/>: the colleague (object id) for Assign;
    /// <paramref name="targetName"/> their display name; <paramref name="detail"/>: the text that comes with it (answer,
    /// reply, information, resolution note). A refused move of a stranger (forged or replayed) is written to the history.
    public async Task<MoveOutcome> MoveAsync(
        string id,
        ConsultActor actor,
        ConsultActionKind kind,
        CancellationToken cancellationToken,
        string? target = null,
        string? targetName = null,
        ConsultStatus? to = null,
        int? rating = null,
        string? detail = null)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            if (await store.GetAsync(id, cancellationToken) is not { } stored)
            {
                return new MoveOutcome.NotFound();
            }

            var before = stored.Request;
            var role = actor == ConsultActor.Bot ? ConsultRole.System : RoleOf(before, actor);
            var members = options.Value.Pool(before.Pool)?.Members ?? [];
            var decision = ConsultWorkflow.Decide(before.Status, before.Assignee, members, new ConsultMove(kind, role, actor.ObjectId, target, to, rating));
            var now = timeProvider.GetUtcNow();
            if (decision is ConsultDecision.Refused refused)
            {
                ConsultLog.Refused(logger, id, kind, role, refused.Reason);
                if (role != ConsultRole.Stranger)
                {
                    return new MoveOutcome.Refused(refused.Reason, before);
                }

                var noted = before with { History = [.. before.History, new(now, kind, actor.ObjectId, actor.Name, before.Status, Refused: refused.Reason)] };
                if (await store.ReplaceAsync(noted, stored.ETag, cancellationToken) is not null)
                {
                    return new MoveOutcome.Refused(refused.Reason, before);
                }

                continue;
            }

            var moved = (ConsultDecision.Moved)decision;
            var entry = new ConsultHistoryEntry(now, kind, actor.ObjectId, actor.Name, moved.Status, kind == ConsultActionKind.Assign ? targetName ?? target : detail);
            var after = Apply(before, moved, kind, actor, targetName, rating, detail, now) with { History = [.. before.History, entry], UpdatedUtc = now };
            if (await store.ReplaceAsync(after, stored.ETag, cancellationToken) is null)
            {
                continue; // someone else changed it: decide again on what they wrote
            }

            ConsultLog.Moved(logger, id, kind, moved.Status);
            foreach (var observer in observers)
            {
                await ObserveAsync(observer, id, () => observer.OnMovedAsync(before, after, entry, cancellationToken));
            }

            return new MoveOutcome.Moved(after, entry);
        }

        throw new InvalidOperationException($"Request {id} was changed by others {MaxAttempts} times in a row.");
    }

    /// Fields that are not part of the workflow but can only change together with a move.
    private static ConsultRequest Apply(
        ConsultRequest request, ConsultDecision.Moved moved, ConsultActionKind kind, ConsultActor actor, string? targetName, int? rating, string? detail, DateTimeOffset now)
    {
        var assigneeName = moved.Assignee == request.Assignee ? request.AssigneeName
            : string.Equals(moved.Assignee, actor.ObjectId, StringComparison.OrdinalIgnoreCase) ? actor.Name
            : targetName;
        var changed = request with { Status = moved.Status, Assignee = moved.Assignee, AssigneeName = assigneeName };
        return kind switch
        {
            ConsultActionKind.Close => changed with { Resolution = detail },
            ConsultActionKind.Reopen => changed with { Resolution = null, Rating = null },
            ConsultActionKind.Rate => changed with { Rating = rating },
            ConsultActionKind.Escalate => changed with { EscalatedUtc = now },
            _ => changed,
        };
    }

    /// Changes fields outside the workflow (where the card was posted), with a conditional write, read again on a conflict.
    public async Task<ConsultRequest?> AnnotateAsync(string id, Func<ConsultRequest, ConsultRequest> change, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            if (await store.GetAsync(id, cancellationToken) is not { } stored)
            {
                return null;
            }

            var after = change(stored.Request);
            if (after == stored.Request || await store.ReplaceAsync(after, stored.ETag, cancellationToken) is not null)
            {
                return after;
            }
        }

        throw new InvalidOperationException($"Request {id} was changed by others {MaxAttempts} times in a row.");
    }
}

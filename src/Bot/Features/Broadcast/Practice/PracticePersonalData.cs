using System.Text.Json;
using System.Text.Json.Nodes;
using KommunalBot.Bot.Features.Delivery;
using KommunalBot.Bot.Features.Privacy;

namespace KommunalBot.Bot.Features.Broadcast.Practice;

/// Best-practice submissions for DSGVO access and erasure requests. A submission is its submitter's record: the export
/// gives them all of it; an editor gets the decisions they made. Erasure of a submitter deletes their submissions that
/// were not published (pending, sent back, rejected) with the review cards' and notices' delivery records (copies already
/// posted stay in Teams, as Consult's do). A published one is content of the knowledge base now: it stays, but without
/// the submitter's name and object id and without the contact (which may be a personal address), in the store, in the
/// knowledge document (published again) and on the review cards (edited in place). An editor is anonymised in the
/// decisions they made, which stay: they are the submitters' records.
internal sealed class PracticePersonalData(
    SubmissionStore store, PracticeCards cards, PracticePublication publication, IOutbox outbox, ILogger<PracticePersonalData> logger) : IPersonalData
{
    public const string ErasedName = "gelöscht";

    /// Not an Entra object id (those are GUIDs), so it never matches a person.
    public const string ErasedObjectId = "erased";

    public string Kind => "bestPracticeSubmissions";

    public async Task<JsonArray> ExportAsync(Person person, CancellationToken cancellationToken)
    {
        var export = new JsonArray();
        await foreach (var submission in store.ListAsync(cancellationToken))
        {
            if (Same(submission.SubmitterObjectId, person.ObjectId))
            {
                export.Add(new JsonObject
                {
                    ["role"] = "submitter",
                    ["submission"] = JsonSerializer.SerializeToNode(submission, PracticeJsonContext.Default.Submission),
                });
            }
            else if (submission.Decisions.Any(d => Same(d.ByObjectId, person.ObjectId)))
            {
                export.Add(new JsonObject
                {
                    ["role"] = "editor",
                    ["id"] = submission.Id,
                    ["title"] = submission.Title,
                    ["decisions"] = new JsonArray([.. submission.Decisions.Where(d => Same(d.ByObjectId, person.ObjectId))
                        .Select(d => JsonSerializer.SerializeToNode(d, PracticeJsonContext.Default.SubmissionDecision))]),
                });
            }
        }

        return export;
    }

    public async Task<int> DeleteAsync(Person person, CancellationToken cancellationToken)
    {
        var own = new List<Submission>();
        var decided = new List<Submission>();
        await foreach (var submission in store.ListAsync(cancellationToken))
        {
            if (Same(submission.SubmitterObjectId, person.ObjectId))
            {
                own.Add(submission);
            }
            else if (submission.Decisions.Any(d => Same(d.ByObjectId, person.ObjectId)))
            {
                decided.Add(submission);
            }
        }

        foreach (var submission in own.Where(s => s.State != SubmissionState.Published))
        {
            await store.DeleteAsync(submission.Id, cancellationToken);
            await outbox.ForgetAsync($"broadcast-practice-{submission.Id}-", cancellationToken);
        }

        foreach (var submission in own.Where(s => s.State == SubmissionState.Published))
        {
            await ChangeAsync(submission.Id, s => s with { SubmitterObjectId = ErasedObjectId, SubmitterName = ErasedName, Contact = null }, cancellationToken);
            await outbox.ForgetAsync(PracticeNotices.ContentPrefix(submission.Id), cancellationToken);
        }

        foreach (var submission in decided)
        {
            await ChangeAsync(submission.Id, s => s with
            {
                Decisions = [.. s.Decisions.Select(d => Same(d.ByObjectId, person.ObjectId) ? d with { ByObjectId = ErasedObjectId, ByName = ErasedName } : d)],
            }, cancellationToken);
        }

        PracticeLog.Erased(logger, own.Count(s => s.State != SubmissionState.Published), own.Count(s => s.State == SubmissionState.Published) + decided.Count);
        return own.Count + decided.Count;
    }

    /// Stores the change, then brings what shows the submission up to date: every round's card, the knowledge document.
    private async Task ChangeAsync(string id, Func<Submission, Submission> change, CancellationToken cancellationToken)
    {
        if (!await store.ChangeAsync(id, change, cancellationToken) || await store.GetAsync(id, cancellationToken) is not { Submission: var changed })
        {
            return;
        }

        for (var round = 1; round <= changed.Round; round++)
        {
            await cards.UpdateAsync(changed, round, cancellationToken);
        }

        if (changed.State == SubmissionState.Published)
        {
            await publication.RepublishAsync(changed, cancellationToken);
        }
    }

    // Entra object ids are GUIDs that Teams and Entra spell in either case.
    private static bool Same(string? a, string? b) => !string.IsNullOrEmpty(a) && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}

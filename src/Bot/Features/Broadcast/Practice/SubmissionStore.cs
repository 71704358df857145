using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using KommunalBot.Bot.Storage;

namespace KommunalBot.Bot.Features.Broadcast.Practice;

/// Submissions, `broadcast/practice/{id}`, and the yearly id counter `broadcast/practice-counter/{year}`. Writes are
/// create-only or if-match: of two editors deciding at once exactly one write wins, and the other reads again.
/// Listings scan every submission: editors submit a few a week, not thousands.
internal sealed class SubmissionStore(IDocumentStore store)
{
    private const string Prefix = "broadcast/practice/";
    private const int MaxCounterAttempts = 50; // also for any other write that reads again after a conflict

    /// The next readable id of <paramref name="year"/>: `BP-2026-0007`. Numbers are never given out twice.
    public async Task<string> NextIdAsync(int year, CancellationToken cancellationToken)
    {
        var key = "broadcast/practice-counter/" + year.ToString(CultureInfo.InvariantCulture);
        for (var attempt = 0; attempt < MaxCounterAttempts; attempt++)
        {
            var document = await store.GetAsync(key, cancellationToken);
            var next = (document is null ? 0 : JsonSerializer.Deserialize(document.Json, PracticeJsonContext.Default.SubmissionCounter)!.Last) + 1;
            var json = JsonSerializer.Serialize(new SubmissionCounter(next), PracticeJsonContext.Default.SubmissionCounter);
            var condition = document is null ? PutCondition.CreateOnly : PutCondition.Matching(document.ETag);
            if ((await store.PutAsync(key, json, condition, cancellationToken)).Outcome == PutOutcome.Written)
            {
                return string.Create(CultureInfo.InvariantCulture, $"BP-{year}-{next:0000}");
            }
        }

        throw new InvalidOperationException($"The counter {key} was changed by others {MaxCounterAttempts} times in a row.");
    }

    public async Task<StoredSubmission?> GetAsync(string id, CancellationToken cancellationToken) =>
        await store.GetAsync(Key(id), cancellationToken) is { } document ? new StoredSubmission(Parse(document.Json), document.ETag) : null;

    public async Task CreateAsync(Submission submission, CancellationToken cancellationToken)
    {
        var result = await store.PutAsync(Key(submission.Id), Json(submission), PutCondition.CreateOnly, cancellationToken);
        if (result.Outcome != PutOutcome.Written)
        {
            throw new InvalidOperationException($"The submission id {submission.Id} was given out twice.");
        }
    }

    /// Replaces the submission if it is still the version read; false when someone else wrote it first.
    public async Task<bool> ReplaceAsync(Submission submission, string etag, CancellationToken cancellationToken) =>
        (await store.PutAsync(Key(submission.Id), Json(submission), PutCondition.Matching(etag), cancellationToken)).Outcome == PutOutcome.Written;

    /// Applies <paramref name="change"/> to the stored submission, reading again after a conflict; false when it is gone.
    public async Task<bool> ChangeAsync(string id, Func<Submission, Submission> change, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxCounterAttempts; attempt++)
        {
            if (await GetAsync(id, cancellationToken) is not { } stored)
            {
                return false;
            }

            if (await ReplaceAsync(change(stored.Submission), stored.ETag, cancellationToken))
            {
                return true;
            }
        }

        throw new InvalidOperationException($"The submission {id} was changed by others {MaxCounterAttempts} times in a row.");
    }

    /// Every submission, oldest first.
    public async IAsyncEnumerable<Submission> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var all = new List<Submission>();
        await foreach (var document in store.ListAsync(Prefix, cancellationToken))
        {
            all.Add(Parse(document.Json));
        }

        foreach (var submission in all.OrderBy(s => s.CreatedUtc))
        {
            yield return submission;
        }
    }

    public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken) => store.DeleteAsync(Key(id), null, cancellationToken);

    private static string Key(string id) => Prefix + DocumentKey.Segment(id);

    private static string Json(Submission submission) => JsonSerializer.Serialize(submission, PracticeJsonContext.Default.Submission);

    private static Submission Parse(string json) =>
        JsonSerializer.Deserialize(json, PracticeJsonContext.Default.Submission) ?? throw new InvalidDataException("A stored submission is empty.");
}

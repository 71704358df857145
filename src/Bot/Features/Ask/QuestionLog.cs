using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.RegularExpressions;
using KommunalBot.Bot.Features.Ask.Assistant;
using KommunalBot.Bot.Storage;

namespace KommunalBot.Bot.Features.Ask;

/// Every question with its confidence, chosen service and feedback, under `ask/question/{id}`. Free text
/// people type (the question, a feedback reason) is stored without e-mail addresses, phone numbers,
/// IBANs, ids and "Frau/Herr Name" (<see cref="PersonalDataRedactor"/>): editors need the topic, not the person.
internal sealed partial class QuestionLog(IDocumentStore store, TimeProvider timeProvider)
{
    private const string Prefix = "ask/question/";

    // Each conflict means another write to this record won, so N simultaneous ratings settle within N
    // attempts. Only the asker may rate, and nobody clicks one card a hundred times at once; beyond that
    // the user is asked to try again rather than have the rating overwritten blindly.
    private const int MaxFeedbackAttempts = 100;

    public string NewId() => $"q-{timeProvider.GetUtcNow():yyyyMMddHHmmss}-{Guid.NewGuid():N}"[..32];

    /// True for ids shaped like those <see cref="NewId"/> makes; anything else never reaches the store.
    public static bool IsWellFormedId(string id) => IdPattern().IsMatch(id);

    public Task SaveAsync(QuestionRecord record, CancellationToken cancellationToken)
    {
        record = record with { Question = PersonalDataRedactor.Redact(record.Question) };
        return store.PutAsync(Prefix + record.Id, JsonSerializer.Serialize(record, AskJsonContext.Default.QuestionRecord), PutCondition.CreateOnly, cancellationToken);
    }

    public async Task<QuestionRecord?> GetAsync(string id, CancellationToken cancellationToken)
    {
        var document = await store.GetAsync(Prefix + id, cancellationToken);
        return document is null ? null : Parse(document);
    }

    /// Sets the feedback; a conflicting write is retried on the fresh version, never overwritten blindly.
    public async Task<(FeedbackOutcome Outcome, QuestionRecord? Record)> SetFeedbackAsync(
        string id, bool helpful, string? reason, CancellationToken cancellationToken)
    {
        reason = string.IsNullOrWhiteSpace(reason) ? null : PersonalDataRedactor.Redact(reason.Trim());
        var feedback = helpful ? "helpful" : "unhelpful";
        for (var attempt = 0; attempt < MaxFeedbackAttempts; attempt++)
        {
            var document = await store.GetAsync(Prefix + id, cancellationToken);
            if (document is null)
            {
                return (FeedbackOutcome.NotFound, null);
            }

            var stored = Parse(document);
            var record = stored with { Feedback = feedback, FeedbackReason = reason };
            if (record == stored)
            {
                return (FeedbackOutcome.Saved, record); // the same rating again: nothing to write
            }

            var json = JsonSerializer.Serialize(record, AskJsonContext.Default.QuestionRecord);
            var result = await store.PutAsync(Prefix + id, json, PutCondition.Matching(document.ETag), cancellationToken);
            if (result.Outcome == PutOutcome.Written)
            {
                return (FeedbackOutcome.Saved, record);
            }
        }

        return (FeedbackOutcome.Busy, null);
    }

    public async IAsyncEnumerable<QuestionRecord> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var document in store.ListAsync(Prefix, cancellationToken))
        {
            yield return Parse(document);
        }
    }

    public Task DeleteAsync(string id, CancellationToken cancellationToken) => store.DeleteAsync(Prefix + id, null, cancellationToken);

    /// Deletes the questions asked before <paramref name="cutoff"/> (retention); returns how many went.
    public Task<int> PurgeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        store.DeleteWhereAsync(Prefix, document => Parse(document).AskedUtc < cutoff, cancellationToken);

    private static QuestionRecord Parse(StoredDocument document) =>
        JsonSerializer.Deserialize(document.Json, AskJsonContext.Default.QuestionRecord)!;

    // "q-" + yyyyMMddHHmmss + "-" + the first 15 hex digits of a GUID: 32 characters (see NewId).
    [GeneratedRegex(@"^q-[0-9]{14}-[0-9a-f]{15}\z")]
    private static partial Regex IdPattern();
}

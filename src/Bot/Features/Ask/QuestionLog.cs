using System.Runtime.CompilerServices;
using System.Text.Json;
using KommunalBot.Bot.Storage;

namespace KommunalBot.Bot.Features.Ask;

/// Every question with its confidence, chosen service and feedback, under `ask/question/{id}`.
internal sealed class QuestionLog(IDocumentStore store, TimeProvider timeProvider)
{
    private const string Prefix = "ask/question/";

    public string NewId() => $"q-{timeProvider.GetUtcNow():yyyyMMddHHmmss}-{Guid.NewGuid():N}"[..32];

    public Task SaveAsync(QuestionRecord record, CancellationToken cancellationToken) =>
        store.PutAsync(Prefix + record.Id, JsonSerializer.Serialize(record, AskJsonContext.Default.QuestionRecord), PutCondition.CreateOnly, cancellationToken);

    public async Task<QuestionRecord?> GetAsync(string id, CancellationToken cancellationToken)
    {
        var document = await store.GetAsync(Prefix + id, cancellationToken);
        return document is null ? null : JsonSerializer.Deserialize(document.Json, AskJsonContext.Default.QuestionRecord);
    }

    /// Sets the feedback; a conflicting write is retried on the fresh version, never overwritten blindly.
    public async Task<QuestionRecord?> SetFeedbackAsync(string id, bool helpful, string? reason, CancellationToken cancellationToken)
    {
        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var document = await store.GetAsync(Prefix + id, cancellationToken);
            if (document is null)
            {
                return null;
            }

            var record = JsonSerializer.Deserialize(document.Json, AskJsonContext.Default.QuestionRecord)! with
            {
                Feedback = helpful ? "helpful" : "unhelpful",
                FeedbackReason = reason?[..Math.Min(reason.Length, 500)],
            };
            var json = JsonSerializer.Serialize(record, AskJsonContext.Default.QuestionRecord);
            var result = await store.PutAsync(Prefix + id, json, PutCondition.Matching(document.ETag), cancellationToken);
            if (result.Outcome == PutOutcome.Written)
            {
                return record;
            }
        }

        throw new InvalidOperationException($"Feedback for {id} kept conflicting with other writes.");
    }

    public async IAsyncEnumerable<QuestionRecord> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var document in store.ListAsync(Prefix, cancellationToken))
        {
            yield return JsonSerializer.Deserialize(document.Json, AskJsonContext.Default.QuestionRecord)!;
        }
    }

    public Task DeleteAsync(string id, CancellationToken cancellationToken) => store.DeleteAsync(Prefix + id, null, cancellationToken);
}

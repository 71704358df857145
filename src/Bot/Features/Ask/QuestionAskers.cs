using System.Text.Json;
using KommunalBot.Bot.Features.Privacy;
using KommunalBot.Bot.Storage;

namespace KommunalBot.Bot.Features.Ask;

/// The link from a question to the person who asked it, in two record types: `ask/asker/{questionId}`
/// answers "may this person rate the answer?", `ask/person/{personKey}/{questionId}` finds a person's
/// questions for access and erasure requests (DSGVO Art. 15, 17). Both expire with the question.
internal sealed class QuestionAskers(IDocumentStore store)
{
    private const string AskerPrefix = "ask/asker/";
    private const string PersonPrefix = "ask/person/";

    public async Task SaveAsync(string questionId, Asker asker, CancellationToken cancellationToken)
    {
        // The person's index first: whatever a crash leaves behind, an erasure request still finds.
        var entry = JsonSerializer.Serialize(new PersonQuestion(asker.AskedUtc), AskJsonContext.Default.PersonQuestion);
        await store.PutAsync(IndexKey(asker.Key, questionId), entry, PutCondition.None, cancellationToken);
        await store.PutAsync(AskerPrefix + questionId, JsonSerializer.Serialize(asker, AskJsonContext.Default.Asker), PutCondition.CreateOnly, cancellationToken);
    }

    public async Task<Asker?> GetAsync(string questionId, CancellationToken cancellationToken)
    {
        var document = await store.GetAsync(AskerPrefix + questionId, cancellationToken);
        return document is null ? null : JsonSerializer.Deserialize(document.Json, AskJsonContext.Default.Asker);
    }

    /// The ids of the questions filed under one person key.
    public async Task<List<string>> QuestionIdsAsync(string personKey, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        await foreach (var document in store.ListAsync(PersonPrefix + DocumentKey.Segment(personKey) + "/", cancellationToken))
        {
            ids.Add(document.Key[(document.Key.LastIndexOf('/') + 1)..]);
        }

        return ids;
    }

    public async Task DeleteAsync(string questionId, string personKey, CancellationToken cancellationToken)
    {
        await store.DeleteAsync(AskerPrefix + questionId, null, cancellationToken);
        await store.DeleteAsync(IndexKey(personKey, questionId), null, cancellationToken);
    }

    /// Deletes links and index entries of questions asked before <paramref name="cutoff"/> (retention);
    /// looks at both record types, so nothing a crash left half-written outlives its question.
    public async Task<int> PurgeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        await store.DeleteWhereAsync(
            AskerPrefix, document => JsonSerializer.Deserialize(document.Json, AskJsonContext.Default.Asker)!.AskedUtc < cutoff, cancellationToken)
        + await store.DeleteWhereAsync(
            PersonPrefix, document => JsonSerializer.Deserialize(document.Json, AskJsonContext.Default.PersonQuestion)!.AskedUtc < cutoff, cancellationToken);

    private static string IndexKey(string personKey, string questionId) => $"{PersonPrefix}{DocumentKey.Segment(personKey)}/{questionId}";
}

using System.Text.Json;
using System.Text.Json.Nodes;
using KommunalBot.Bot.Features.Privacy;
using KommunalBot.Bot.Protocol;
using KommunalBot.Bot.Storage;

namespace KommunalBot.Bot.Features.Help;

/// Records that a conversation got its welcome card, so a second install event does not welcome twice.
/// A personal conversation belongs to one person, so its marker is filed under that person
/// (`welcome/person/{personKey}/{tenantId}/{conversationId}`) and answers access and erasure requests;
/// a channel or group chat marker (`welcome/{tenantId}/{conversationId}`) names no one.
internal sealed class WelcomeMarkers(IDocumentStore store, TimeProvider timeProvider) : IPersonalData
{
    private const string Prefix = "welcome/";
    private const string PersonPrefix = "welcome/person/";

    public string Kind => "welcome";

    /// True for the first claim of a conversation's welcome; false when it was claimed before.
    public async Task<bool> ClaimAsync(TurnContext turn, string conversationId)
    {
        var where = $"{DocumentKey.Segment(turn.TenantId)}/{DocumentKey.Segment(conversationId)}";
        var key = turn.Activity.IsPersonal() && PersonKey.Of(turn.Activity) is { } person
            ? $"{PersonPrefix}{DocumentKey.Segment(person)}/{where}"
            : Prefix + where;
        var claim = await store.PutAsync(key, $$"""{"sentUtc":"{{timeProvider.GetUtcNow():O}}"}""", PutCondition.CreateOnly, turn.CancellationToken);
        return claim.Outcome == PutOutcome.Written;
    }

    public async Task<JsonArray> ExportAsync(Person person, CancellationToken cancellationToken)
    {
        var export = new JsonArray();
        foreach (var document in await ListAsync(person, cancellationToken))
        {
            var segments = document.Key.Split('/');
            export.Add(new JsonObject
            {
                ["tenantId"] = Uri.UnescapeDataString(segments[^2]),
                ["conversationId"] = Uri.UnescapeDataString(segments[^1]),
                ["sentUtc"] = JsonNode.Parse(document.Json)?["sentUtc"]?.DeepClone(),
            });
        }

        return export;
    }

    public async Task<int> DeleteAsync(Person person, CancellationToken cancellationToken)
    {
        var deleted = 0;
        foreach (var document in await ListAsync(person, cancellationToken))
        {
            deleted += await store.DeleteAsync(document.Key, null, cancellationToken) ? 1 : 0;
        }

        return deleted;
    }

    // Markers written before they were filed by person sit under the tenant and the person's 1:1 conversation.
    private async Task<List<StoredDocument>> ListAsync(Person person, CancellationToken cancellationToken)
    {
        var documents = new List<StoredDocument>();
        foreach (var personKey in person.Keys)
        {
            await foreach (var document in store.ListAsync(PersonPrefix + DocumentKey.Segment(personKey) + "/", cancellationToken))
            {
                documents.Add(document);
            }
        }

        foreach (var (tenantId, conversationId, _) in person.Conversations)
        {
            if (await store.GetAsync($"{Prefix}{DocumentKey.Segment(tenantId)}/{DocumentKey.Segment(conversationId)}", cancellationToken) is { } legacy)
            {
                documents.Add(legacy);
            }
        }

        return documents;
    }
}

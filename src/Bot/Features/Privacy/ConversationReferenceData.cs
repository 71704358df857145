using System.Text.Json;
using System.Text.Json.Nodes;
using KommunalBot.Bot.Protocol;

namespace KommunalBot.Bot.Features.Privacy;

/// 1:1 conversation references hold the user's Teams id and Entra object id.
internal sealed class ConversationReferenceData(ConversationReferenceStore references) : IPersonalData
{
    public string Kind => "conversationReferences";

    public int ErasureOrder => 1; // the others find the person's Teams user ids through these references

    public async Task<JsonArray> ExportAsync(Person person, CancellationToken cancellationToken)
    {
        var export = new JsonArray();
        foreach (var (tenantId, conversationId, _) in person.Conversations)
        {
            if (await references.GetAsync(tenantId, conversationId, cancellationToken) is { } reference)
            {
                export.Add(JsonNode.Parse(JsonSerializer.Serialize(reference, ProtocolJsonContext.Default.ConversationReference)));
            }
        }

        return export;
    }

    public async Task<int> DeleteAsync(Person person, CancellationToken cancellationToken)
    {
        foreach (var (tenantId, conversationId, _) in person.Conversations)
        {
            await references.RemoveAsync(tenantId, conversationId, cancellationToken);
        }

        return person.Conversations.Count;
    }
}

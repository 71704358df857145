using System.Text.Json.Nodes;
using KommunalBot.Bot.Features.Privacy;

namespace KommunalBot.Bot.Features.Ask;

/// The follow-up contexts: per person, tenant and conversation, the service asked about last.
internal sealed class AskPersonalData(ConversationContext context) : IPersonalData
{
    public string Kind => "askContext";

    public async Task<JsonArray> ExportAsync(Person person, CancellationToken cancellationToken)
    {
        var export = new JsonArray();
        foreach (var personKey in person.Keys)
        {
            foreach (var (key, entry) in await context.ListAsync(personKey, cancellationToken))
            {
                var (tenantId, conversationId) = ConversationContext.Where(key);
                export.Add(new JsonObject
                {
                    ["tenantId"] = tenantId,
                    ["conversationId"] = conversationId,
                    ["lastServiceId"] = entry.ServiceId,
                    ["lastUtc"] = entry.LastUtc,
                });
            }
        }

        return export;
    }

    public async Task<int> DeleteAsync(Person person, CancellationToken cancellationToken)
    {
        var deleted = 0;
        foreach (var personKey in person.Keys)
        {
            foreach (var (key, _) in await context.ListAsync(personKey, cancellationToken))
            {
                deleted += await context.ForgetAsync(key, cancellationToken) ? 1 : 0;
            }
        }

        return deleted;
    }
}

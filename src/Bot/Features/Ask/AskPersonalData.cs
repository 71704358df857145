using System.Text.Json.Nodes;
using KommunalBot.Bot.Features.Privacy;

namespace KommunalBot.Bot.Features.Ask;

/// The Ask feature keeps, per user and conversation, the service asked about last (question records
/// carry no user).
internal sealed class AskPersonalData(ConversationContext context) : IPersonalData
{
    public string Kind => "askContext";

    public async Task<JsonArray> ExportAsync(Person person, CancellationToken cancellationToken)
    {
        var export = new JsonArray();
        foreach (var (tenantId, conversationId, userId) in person.Conversations)
        {
            if (await context.GetAsync(tenantId, conversationId, userId, cancellationToken) is { } entry)
            {
                export.Add(new JsonObject { ["conversationId"] = conversationId, ["lastServiceId"] = entry.ServiceId, ["lastUtc"] = entry.LastUtc });
            }
        }

        return export;
    }

    public async Task<int> DeleteAsync(Person person, CancellationToken cancellationToken)
    {
        var deleted = 0;
        foreach (var (tenantId, conversationId, userId) in person.Conversations)
        {
            deleted += await context.ForgetAsync(tenantId, conversationId, userId, cancellationToken) ? 1 : 0;
        }

        return deleted;
    }
}

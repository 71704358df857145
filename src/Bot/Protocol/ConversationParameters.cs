using System.Text.Json.Nodes;

namespace KommunalBot.Bot.Protocol;

/// Body of POST /v3/conversations (learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-api-reference).
public sealed class ConversationParameters
{
    public bool? IsGroup { get; set; }
    public ChannelAccount? Bot { get; set; }
    public List<ChannelAccount>? Members { get; set; }
    public string? TopicName { get; set; }
    public Activity? Activity { get; set; }
    public JsonObject? ChannelData { get; set; }
    public string? TenantId { get; set; }
}

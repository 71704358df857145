using System.Text.Json;
using System.Text.Json.Nodes;

namespace KommunalBot.Bot.Protocol;

/// Builds outbound message activities.
public static class MessageFactory
{
    public static Activity Text(string text) => new() { Type = ActivityTypes.Message, Text = text, TextFormat = "plain" };

    public static Activity Card(JsonObject card) => new()
    {
        Type = ActivityTypes.Message,
        Attachments =
        [
            new Attachment
            {
                ContentType = Attachment.AdaptiveCardContentType,
                Content = JsonSerializer.SerializeToElement(card, ProtocolJsonContext.Default.JsonObject),
            },
        ],
    };
}

using System.Text.Json.Nodes;

namespace KommunalBot.Bot.Features.Playground;

/// Web Chat posts an Action.Submit as a message with the action's data as value (a "postBack") and does nothing on an
/// Action.Execute. So before the page sees a card, every Action.Execute and Action.Submit in it becomes an
/// Action.Submit whose data carries a marker naming the kind of action, its verb and the message the card is in;
/// when the page posts it back, <see cref="Read"/> takes the marker off again and the playground hands the bot what
/// Teams would (learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/universal-actions-for-adaptive-cards/overview):
/// an `adaptiveCard/action` invoke for Action.Execute, a message with value (or the imBack text) for Action.Submit,
/// each with replyToId set to the card's message. Inputs are merged into the data by the Adaptive Cards renderer, as in Teams.
internal static class PlaygroundCardActions
{
    private const string Marker = "kommunalbotPlayground";

    /// Rewrites the actions of every Adaptive Card attachment of an activity the bot sent.
    public static void Rewrite(JsonObject activity, string activityId)
    {
        if (activity["attachments"] is not JsonArray attachments)
        {
            return;
        }

        foreach (var attachment in attachments.OfType<JsonObject>())
        {
            if ((string?)attachment["contentType"] == Protocol.Attachment.AdaptiveCardContentType && attachment["content"] is JsonNode content)
            {
                RewriteNode(content, activityId);
            }
        }
    }

    /// The marker of a posted value, and the value without it; null marker: not from a rewritten action.
    public static (PostedAction? Action, JsonNode? Data) Read(JsonNode? value)
    {
        if (value is not JsonObject data || data[Marker] is not JsonObject marker)
        {
            return (null, value);
        }

        var rest = data.DeepClone().AsObject();
        rest.Remove(Marker);
        return (new PostedAction((string?)marker["kind"] ?? "submit", (string?)marker["verb"], (string?)marker["replyToId"]), rest);
    }

    private static void RewriteNode(JsonNode node, string activityId)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, child) in obj.ToList())
                {
                    if (child is not null)
                    {
                        RewriteNode(child, activityId);
                    }
                }

                RewriteAction(obj, activityId);
                break;
            case JsonArray array:
                foreach (var child in array.ToList())
                {
                    if (child is not null)
                    {
                        RewriteNode(child, activityId);
                    }
                }

                break;
        }
    }

    private static void RewriteAction(JsonObject action, string activityId)
    {
        var type = (string?)action["type"];
        if (type is not ("Action.Execute" or "Action.Submit") || (type == "Action.Submit" && action["data"] is JsonValue))
        {
            return; // a string data is an imBack in Web Chat as in Teams
        }

        var data = action["data"] is JsonObject given ? given.DeepClone().AsObject() : [];
        var marker = new JsonObject { ["kind"] = type == "Action.Execute" ? "execute" : "submit", ["replyToId"] = activityId };
        if (type == "Action.Execute")
        {
            marker["verb"] = action["verb"]?.DeepClone();
            action["type"] = "Action.Submit";
            action.Remove("verb");
            action.Remove("fallback");
        }

        data[Marker] = marker;
        action["data"] = data;
    }
}

/// What the marker of a posted card action says: "execute" or "submit", the verb of an Action.Execute, the card's message.
internal sealed record PostedAction(string Kind, string? Verb, string? ReplyToId);

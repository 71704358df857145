using System.Text.Json.Nodes;

namespace KommunalBot.Bot.Features.Playground;

/// The Direct Line side of an activity (learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-direct-line-3-0-receive-activities):
/// what the page's Web Chat receives when it polls.
internal static class PlaygroundActivities
{
    /// A copy of what the bot sent, addressed as Direct Line addresses it, its card actions made postable by Web Chat.
    public static JsonObject FromBot(PlaygroundConversation conversation, JsonObject sent, DateTimeOffset now)
    {
        var activity = sent.DeepClone().AsObject();
        activity["channelId"] = "directline";
        activity["timestamp"] = now.ToString("O");
        activity["from"] = new JsonObject { ["id"] = PlaygroundTurns.BotId, ["name"] = PlaygroundTurns.BotName, ["role"] = "bot" };
        activity["recipient"] = new JsonObject { ["id"] = conversation.Role.UserId, ["name"] = conversation.Role.UserName, ["role"] = "user" };
        activity["conversation"] = new JsonObject { ["id"] = conversation.Id };
        activity.Remove("serviceUrl");
        return activity;
    }

    /// The user's own activity as Direct Line echoes it: as posted (Web Chat matches it by channelData.clientActivityID),
    /// from the session's user.
    public static JsonObject Echo(PlaygroundConversation conversation, JsonObject posted, DateTimeOffset now)
    {
        var activity = posted.DeepClone().AsObject();
        activity["channelId"] = "directline";
        activity["timestamp"] = now.ToString("O");
        activity["from"] = new JsonObject { ["id"] = conversation.Role.UserId, ["name"] = conversation.Role.UserName, ["role"] = "user" };
        activity["conversation"] = new JsonObject { ["id"] = conversation.Id };
        return activity;
    }
}

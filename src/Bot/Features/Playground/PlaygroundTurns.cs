using System.Text.Json;
using System.Text.Json.Nodes;
using KommunalBot.Bot.Protocol;

namespace KommunalBot.Bot.Features.Playground;

/// Hands the bot what the user did in the playground as the Teams activity it would get from Teams in a 1:1 chat
/// (learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/conversation-messages), through the same
/// router, middleware and features as POST /api/messages. Only the serviceUrl differs: the playground's own
/// Connector endpoint, where the bot's replies land in the Direct Line conversation.
internal sealed class PlaygroundTurns(TurnRunner turns, PlaygroundAddress address, TimeProvider timeProvider)
{
    public const string BotId = "28:" + Access.AccessOptions.ExampleTenantPrefix + "kommunalbot";
    public const string BotName = "KommunalBot";

    /// Teams' install event for a new personal chat (the welcome card).
    public Task StartAsync(PlaygroundConversation conversation, CancellationToken cancellationToken)
    {
        var activity = Base(conversation, ActivityTypes.InstallationUpdate, id: null, locale: null);
        activity.Action = "add";
        return RunAsync(conversation, activity, cancellationToken);
    }

    /// Runs the user's posted message or card action; <paramref name="id"/> is the id its echo got.
    public async Task PostAsync(PlaygroundConversation conversation, JsonObject posted, string id, CancellationToken cancellationToken)
    {
        var locale = (string?)posted["locale"];
        var (action, data) = PlaygroundCardActions.Read(posted["value"]);
        Activity activity;
        if (action is { Kind: "execute" })
        {
            activity = Base(conversation, ActivityTypes.Invoke, id, locale);
            activity.Name = "adaptiveCard/action";
            activity.Value = Element(new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = action.Verb, ["data"] = data?.DeepClone() },
                ["trigger"] = "manual",
            });
        }
        else
        {
            activity = Base(conversation, ActivityTypes.Message, id, locale);
            if (ImBackText(data) is { } imBack)
            {
                activity.Text = imBack; // Teams posts an imBack as if the user had typed it
            }
            else
            {
                activity.Text = (string?)posted["text"];
                activity.Value = data is null ? null : Element(data);
            }
        }

        activity.ReplyToId = action?.ReplyToId;
        await RunAsync(conversation, activity, cancellationToken);
    }

    /// Teams shows an invoke's card response in place of the card the action was on.
    private async Task RunAsync(PlaygroundConversation conversation, Activity activity, CancellationToken cancellationToken)
    {
        var response = await turns.RunAsync(activity, activity.Id ?? conversation.Id, cancellationToken);
        if (activity.ReplyToId is { } cardId && response?.Body is { } body
            && (string?)body["type"] == Attachment.AdaptiveCardContentType && body["value"] is JsonObject card)
        {
            conversation.Replace(cardId, previous =>
            {
                previous["attachments"] = new JsonArray(new JsonObject { ["contentType"] = Attachment.AdaptiveCardContentType, ["content"] = card.DeepClone() });
                PlaygroundCardActions.Rewrite(previous, cardId);
                return previous;
            });
        }
        else if (response?.Body is { } message && (string?)message["type"] == "application/vnd.microsoft.activity.message" && (string?)message["value"] is { } text)
        {
            conversation.Append(_ => PlaygroundActivities.FromBot(conversation, new JsonObject { ["type"] = ActivityTypes.Message, ["text"] = text }, timeProvider.GetUtcNow()));
        }
    }

    private Activity Base(PlaygroundConversation conversation, string type, string? id, string? locale)
    {
        var role = conversation.Role;
        return new Activity
        {
            Type = type,
            Id = id,
            Timestamp = timeProvider.GetUtcNow(),
            ChannelId = "msteams",
            ServiceUrl = address.ConnectorUrl,
            From = new ChannelAccount { Id = role.UserId, Name = role.UserName, AadObjectId = role.ObjectId },
            Recipient = new ChannelAccount { Id = BotId, Name = BotName },
            Conversation = new ConversationAccount { Id = conversation.Id, ConversationType = "personal", TenantId = role.Tenant.Id },
            ChannelData = Element(new JsonObject { ["tenant"] = new JsonObject { ["id"] = role.Tenant.Id } }),
            Locale = locale ?? "de-DE",
        };
    }

    // Teams' msteams property on an Action.Submit (learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/cards-actions#adaptive-cards-actions).
    private static string? ImBackText(JsonNode? data) =>
        data is JsonObject obj && obj["msteams"] is JsonObject msteams && (string?)msteams["type"] == "imBack" ? (string?)msteams["value"] : null;

    private static JsonElement Element(JsonNode node)
    {
        using var document = JsonDocument.Parse(node.ToJsonString());
        return document.RootElement.Clone();
    }
}

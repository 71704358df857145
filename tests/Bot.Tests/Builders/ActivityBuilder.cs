using System.Text.Json.Nodes;

namespace KommunalBot.Bot.Tests;

/// Teams-shaped activities for tests: personal by default, or in a team channel.
public sealed class ActivityBuilder(string serviceUrl, string appId, string tenantId)
{
    public const string UserId = "29:1-user-erika";
    public const string UserAadObjectId = "0b5b5a6e-0000-4000-8000-00000000e71a";
    public const string TeamId = "19:team-general@thread.tacv2";
    public const string ChannelId = "19:channel-efa@thread.tacv2";
    public const string PersonalConversationId = "a:1-personal-erika";

    private static long nextMessageId;

    private string tenant = tenantId;
    private string conversationType = "personal";
    private string conversationId = PersonalConversationId;
    private string locale = "de-DE";
    private (string Id, string AadObjectId, string Name) user = (UserId, UserAadObjectId, "Erika Mustermann");

    public string BotId => "28:" + appId;

    public ActivityBuilder InTenant(string id)
    {
        tenant = id;
        return this;
    }

    /// Another sender (Teams user id, Entra object id, display name); the personal chat is theirs too.
    public ActivityBuilder From(string userId, string aadObjectId, string name)
    {
        user = (userId, aadObjectId, name);
        if (conversationType == "personal")
        {
            conversationId = "a:1-personal-" + userId;
        }

        return this;
    }

    public ActivityBuilder InChannel()
    {
        conversationType = "channel";
        conversationId = ChannelId + ";messageid=1700000000000";
        return this;
    }

    public ActivityBuilder InLocale(string value)
    {
        locale = value;
        return this;
    }

    public JsonObject Message(string text) => Base("message", text);

    /// A channel message that @mentions the bot, as Teams sends it.
    public JsonObject MentionMessage(string text)
    {
        var activity = Base("message", $"<at>KommunalBot</at> {text}");
        activity["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = "<at>KommunalBot</at>",
            ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = "KommunalBot" },
        });
        return activity;
    }

    public JsonObject Submit(JsonObject value)
    {
        var activity = Base("message", null);
        activity["value"] = value;
        activity["replyToId"] = "card-activity-1";
        return activity;
    }

    public JsonObject Execute(string verb, JsonObject? data = null)
    {
        var activity = Base("invoke", null);
        activity["name"] = "adaptiveCard/action";
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data ?? new JsonObject() },
            ["trigger"] = "manual",
        };
        return activity;
    }

    public JsonObject InstallationAdd()
    {
        var activity = Base("installationUpdate", null);
        activity["action"] = "add";
        return activity;
    }

    public JsonObject InstallationRemove()
    {
        var activity = Base("installationUpdate", null);
        activity["action"] = "remove";
        return activity;
    }

    public JsonObject BotAdded()
    {
        var activity = Base("conversationUpdate", null);
        activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = BotId });
        return activity;
    }

    public JsonObject Of(string type) => Base(type, null);

    private JsonObject Base(string type, string? text)
    {
        var channelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenant } };
        if (conversationType == "channel")
        {
            channelData["team"] = new JsonObject { ["id"] = TeamId, ["name"] = "EfA Team" };
            channelData["channel"] = new JsonObject { ["id"] = ChannelId, ["name"] = "EfA" };
        }

        var activity = new JsonObject
        {
            ["type"] = type,
            // Unique like Teams' ids: the bot drops an id it has already processed in the conversation.
            ["id"] = type == "message" ? (1_700_000_000_000 + Interlocked.Increment(ref nextMessageId)).ToString(System.Globalization.CultureInfo.InvariantCulture) : "f:" + Guid.NewGuid(),
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
            ["serviceUrl"] = serviceUrl,
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = user.Id, ["name"] = user.Name, ["aadObjectId"] = user.AadObjectId },
            ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "KommunalBot" },
            ["conversation"] = new JsonObject
            {
                ["id"] = conversationId,
                ["conversationType"] = conversationType,
                ["tenantId"] = tenant,
                ["isGroup"] = conversationType != "personal",
            },
            ["locale"] = locale,
            ["channelData"] = channelData,
        };
        if (text is not null)
        {
            activity["text"] = text;
        }

        return activity;
    }
}

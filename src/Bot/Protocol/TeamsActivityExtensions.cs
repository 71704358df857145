using System.Text.Json;
using System.Text.RegularExpressions;

namespace KommunalBot.Bot.Protocol;

/// Reads Teams' channelData and mention entities (learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/channel-and-group-conversations) without a typed model for all of it.
public static partial class TeamsActivityExtensions
{
    public static string? TenantId(this Activity activity) =>
        activity.ChannelDataString("tenant", "id") ?? activity.Conversation?.TenantId;

    public static string? TeamId(this Activity activity) => activity.ChannelDataString("team", "id");

    public static string? ChannelIdInTeam(this Activity activity) => activity.ChannelDataString("channel", "id");

    public static string? SelectedChannelId(this Activity activity) =>
        activity.ChannelDataString("settings", "selectedChannel", "id");

    public static string? EventType(this Activity activity) => activity.ChannelDataString("eventType");

    public static string ConversationType(this Activity activity) =>
        activity.Conversation?.ConversationType ?? (activity.Conversation?.IsGroup == true ? "groupChat" : "personal");

    public static bool IsPersonal(this Activity activity) => activity.ConversationType() == "personal";

    /// True when one of the mention entities names the bot (the recipient).
    public static bool MentionsBot(this Activity activity) => activity.BotMentionTexts().Any();

    /// The message text with the bot's own &lt;at&gt; mention removed and whitespace trimmed.
    public static string TextWithoutBotMention(this Activity activity)
    {
        var text = activity.Text ?? string.Empty;
        foreach (var mention in activity.BotMentionTexts())
        {
            text = text.Replace(mention, " ", StringComparison.Ordinal);
        }

        // Teams sometimes leaves an empty <at></at> pair or &nbsp; entities behind.
        text = EmptyAtTag().Replace(text, " ").Replace("&nbsp;", " ", StringComparison.Ordinal);
        return Whitespace().Replace(text, " ").Trim();
    }

    private static IEnumerable<string> BotMentionTexts(this Activity activity)
    {
        var botId = activity.Recipient?.Id;
        if (activity.Entities is null || string.IsNullOrEmpty(botId))
        {
            yield break;
        }

        foreach (var entity in activity.Entities)
        {
            if (JsonFields.String(entity, "type") == "mention"
                && JsonFields.Object(entity, "mentioned") is { } mentioned
                && JsonFields.String(mentioned, "id") is { } id && SameBotId(id, botId)
                && JsonFields.String(entity, "text") is { Length: > 0 } text)
            {
                yield return text;
            }
        }
    }

    // The mention may carry "28:<appId>" while the recipient is "28:<appId>" or the bare app id.
    private static bool SameBotId(string a, string b) =>
        string.Equals(Strip28(a), Strip28(b), StringComparison.OrdinalIgnoreCase);

    private static string Strip28(string id) => id.StartsWith("28:", StringComparison.Ordinal) ? id[3..] : id;

    private static string? ChannelDataString(this Activity activity, params string[] path)
    {
        if (activity.ChannelData is not { ValueKind: JsonValueKind.Object } current)
        {
            return null;
        }

        foreach (var segment in path)
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(segment, out current))
            {
                return null;
            }
        }

        return JsonFields.AsString(current);
    }

    [GeneratedRegex(@"<at>\s*</at>", RegexOptions.IgnoreCase)]
    private static partial Regex EmptyAtTag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

namespace KommunalBot.Bot.Protocol;

/// What the bot keeps to message a conversation later (learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/send-proactive-messages):
/// one per 1:1 chat, group chat and channel. A channel's is the channel's own conversation id: every thread of it
/// (`19:…@thread.tacv2;messageid=…`) shares one reference.
public sealed record ConversationReference
{
    private const string ThreadSuffix = ";messageid=";

    public required string ServiceUrl { get; init; }
    public required string ChannelId { get; init; }
    public required string ConversationId { get; init; }
    public required string ConversationType { get; init; }
    public required string TenantId { get; init; }
    public string? BotId { get; init; }
    public string? BotName { get; init; }
    public string? UserId { get; init; }
    public string? UserAadObjectId { get; init; }
    public string? TeamId { get; init; }
    public string? ChannelIdInTeam { get; init; }
    public string? Locale { get; init; }
    public DateTimeOffset UpdatedUtc { get; init; }

    public static ConversationReference From(Activity activity, DateTimeOffset now) => new()
    {
        ServiceUrl = activity.ServiceUrl ?? string.Empty,
        ChannelId = activity.ChannelId ?? "msteams",
        ConversationId = WithoutThread(activity.Conversation?.Id ?? string.Empty),
        ConversationType = activity.ConversationType(),
        TenantId = activity.TenantId() ?? string.Empty,
        BotId = activity.Recipient?.Id,
        BotName = activity.Recipient?.Name,
        UserId = activity.IsPersonal() ? activity.From?.Id : null,
        UserAadObjectId = activity.IsPersonal() ? activity.From?.AadObjectId : null,
        TeamId = activity.TeamId(),
        ChannelIdInTeam = activity.ChannelIdInTeam() ?? activity.SelectedChannelId(),
        Locale = activity.Locale,
        UpdatedUtc = now,
    };

    /// The conversation id without a channel thread's `;messageid=…`: the channel itself.
    public static string WithoutThread(string conversationId)
    {
        var thread = conversationId.IndexOf(ThreadSuffix, StringComparison.OrdinalIgnoreCase);
        return thread < 0 ? conversationId : conversationId[..thread];
    }

    /// The newer of two references of one conversation, with what only the older one knows kept (an activity
    /// without channelData must not erase the team and channel a former one named).
    internal static ConversationReference Merge(ConversationReference a, ConversationReference b)
    {
        var (newer, older) = a.UpdatedUtc >= b.UpdatedUtc ? (a, b) : (b, a);
        return newer with
        {
            BotId = newer.BotId ?? older.BotId,
            BotName = newer.BotName ?? older.BotName,
            UserId = newer.UserId ?? older.UserId,
            UserAadObjectId = newer.UserAadObjectId ?? older.UserAadObjectId,
            TeamId = newer.TeamId ?? older.TeamId,
            ChannelIdInTeam = newer.ChannelIdInTeam ?? older.ChannelIdInTeam,
            Locale = newer.Locale ?? older.Locale,
        };
    }
}

namespace KommunalBot.Bot.Protocol;

/// What the bot keeps to message a conversation later (learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/send-proactive-messages).
public sealed record ConversationReference
{
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
        ConversationId = activity.Conversation?.Id ?? string.Empty,
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
}

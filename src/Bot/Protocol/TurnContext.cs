using System.Globalization;
using System.Text.Json.Nodes;
using KommunalBot.Bot.Protocol.Connector;

namespace KommunalBot.Bot.Protocol;

/// One inbound activity being handled: what came in, who sent it, and how to answer.
/// Features never see HttpContext or raw request JSON (STYLE habit 3).
public sealed class TurnContext(Activity activity, ConnectorClient connector, CancellationToken cancellationToken)
{
    private string? text;

    public Activity Activity { get; } = activity;

    public ConnectorClient Connector { get; } = connector;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// The message text with the bot's @mention removed (read inside the turn's error boundary).
    public string Text => text ??= Activity.TextWithoutBotMention();

    /// German unless the activity's locale is English (de is the product's first language).
    public CultureInfo Culture { get; } = ChooseCulture(activity.Locale);

    public string TenantId => Activity.TenantId() ?? string.Empty;

    /// Set by invoke handlers; written as the HTTP response to the channel.
    public InvokeResponse? InvokeResponse { get; set; }

    /// Sends with brief retries (<see cref="ConnectorRetry.Brief"/>); anything but Sent throws a
    /// <see cref="ConnectorException"/>, which the turn's error boundary logs and answers with an apology.
    public async Task<ResourceResponse> ReplyAsync(Activity reply)
    {
        var conversationId = Activity.Conversation?.Id ?? throw new InvalidOperationException("Activity has no conversation.");
        reply.Type ??= ActivityTypes.Message;
        reply.Conversation ??= new ConversationAccount { Id = conversationId };
        reply.From ??= Activity.Recipient;
        reply.Recipient ??= Activity.From;
        reply.Locale ??= Activity.Locale;
        if (string.IsNullOrEmpty(Activity.Id))
        {
            return Sent(await Connector.SendAsync(Activity.ServiceUrl!, conversationId, reply, ConnectorRetry.Brief, CancellationToken), "send");
        }

        reply.ReplyToId = Activity.Id;
        return Sent(await Connector.ReplyAsync(Activity.ServiceUrl!, conversationId, Activity.Id, reply, ConnectorRetry.Brief, CancellationToken), "reply");
    }

    public Task<ResourceResponse> ReplyWithCardAsync(JsonObject card) => ReplyAsync(MessageFactory.Card(card));

    public Task<ResourceResponse> ReplyWithTextAsync(string text) => ReplyAsync(MessageFactory.Text(text));

    /// Replaces a message the bot sent earlier (e.g. the card a button was pressed on).
    public async Task<ResourceResponse> UpdateCardAsync(string activityId, JsonObject card) =>
        Sent(await Connector.UpdateAsync(Activity.ServiceUrl!, Activity.Conversation!.Id!, activityId, MessageFactory.Card(card), ConnectorRetry.Brief, CancellationToken), "update");

    public Task SendTypingAsync() => ReplyAsync(new Activity { Type = ActivityTypes.Typing });

    private static ResourceResponse Sent(ConnectorOutcome outcome, string operation) => new() { Id = outcome.EnsureSent(operation).ActivityId };

    private static CultureInfo ChooseCulture(string? locale) =>
        locale is not null && locale.StartsWith("en", StringComparison.OrdinalIgnoreCase)
            ? CultureInfo.GetCultureInfo("en")
            : CultureInfo.GetCultureInfo("de");
}

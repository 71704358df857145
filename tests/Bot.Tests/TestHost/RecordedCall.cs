using System.Text.Json.Nodes;

namespace KommunalBot.Bot.Tests.TestHost;

/// One call the bot made to the fake connector or token endpoint.
public sealed record RecordedCall(string Method, string Path, string? Authorization, JsonNode? Body)
{
    /// When the call arrived, on the channel's clock (the bot's FakeTimeProvider when the channel belongs to a BotApp).
    public DateTimeOffset At { get; init; }

    /// The conversation of a Connector call (`v3/conversations/{id}/…`), unescaped; null for other calls.
    public string? ConversationId =>
        Path.IndexOf("/v3/conversations/", StringComparison.Ordinal) is var at and >= 0
            ? Path[(at + "/v3/conversations/".Length)..].Split('/')[0]
            : null;

    public string? Text => Body?["text"]?.GetValue<string>();

    public string? Type => Body?["type"]?.GetValue<string>();

    public string? ReplyToId => Body?["replyToId"]?.GetValue<string>();

    /// The first Adaptive Card in the body, or null.
    public JsonObject? Card =>
        Body?["attachments"]?.AsArray()
            .FirstOrDefault(a => a?["contentType"]?.GetValue<string>() == "application/vnd.microsoft.card.adaptive")?["content"]?.AsObject();

    public string CardJson => Card?.ToJsonString() ?? string.Empty;
}

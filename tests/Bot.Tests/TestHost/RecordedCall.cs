using System.Text.Json.Nodes;

namespace KommunalBot.Bot.Tests.TestHost;

/// One call the bot made to the fake connector or token endpoint.
public sealed record RecordedCall(string Method, string Path, string? Authorization, JsonNode? Body)
{
    public string? Text => Body?["text"]?.GetValue<string>();

    public string? Type => Body?["type"]?.GetValue<string>();

    public string? ReplyToId => Body?["replyToId"]?.GetValue<string>();

    /// The first Adaptive Card in the body, or null.
    public JsonObject? Card =>
        Body?["attachments"]?.AsArray()
            .FirstOrDefault(a => a?["contentType"]?.GetValue<string>() == "application/vnd.microsoft.card.adaptive")?["content"]?.AsObject();

    public string CardJson => Card?.ToJsonString() ?? string.Empty;
}

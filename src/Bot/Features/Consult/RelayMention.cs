namespace KommunalBot.Bot.Features.Consult;

/// A Teams mention entity of an outbound message: <paramref name="Text"/> (`<at>Name</at>`) must occur verbatim in the
/// message text, or Teams shows it as plain text (shared/docs/bot-framework-protocol.md, "message").
internal sealed record RelayMention(RelayMentioned Mentioned, string Text)
{
    public string Type => "mention";
}

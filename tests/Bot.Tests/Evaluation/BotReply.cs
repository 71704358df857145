using System.Text.Json.Nodes;

namespace KommunalBot.Bot.Tests.Evaluation;

/// The reply to one question as the clerk sees it: what kind of reply, its visible text, and the card's
/// heading and Steckbrief service id (for questions graded by an expected document).
internal sealed record BotReply(ReplyKind Kind, string Text, string? Title, string? ServiceId)
{
    public const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";

    /// The answer card asks "Hilfreich?" with the ask.feedback action; no other card does, because only an
    /// answer can be rated. The no-answer card is recognised by its heading, the resource text noAnswerTitle.
    /// Both are contracts of the product (a card verb is routed by AskHandlers; the texts are bound from
    /// Texts.resx), not layout details, and BotReplyTests checks them against the real templates.
    public const string FeedbackVerb = "ask.feedback";

    /// The Steckbrief button of the answer card carries the service the answer is about.
    public const string SteckbriefVerb = "ask.steckbrief";

    /// Reads the messages the bot posted in reply to one activity (normally one).
    public static BotReply Read(IReadOnlyList<JsonNode?> messages, string noAnswerTitle)
    {
        var cards = messages
            .SelectMany(m => m?["attachments"]?.AsArray() ?? [])
            .Where(a => (string?)a?["contentType"] == AdaptiveCard)
            .Select(a => a?["content"]).OfType<JsonObject>()
            .ToList();
        var text = string.Join(' ', messages.Select(m => (string?)m?["text"]).OfType<string>());
        var title = cards.Select(c => c["body"]?.AsArray().FirstOrDefault()).OfType<JsonObject>()
            .Where(b => (string?)b["type"] == "TextBlock").Select(b => (string?)b["text"]).FirstOrDefault();
        var kind = cards.Any(c => Actions(c, FeedbackVerb).Any()) ? ReplyKind.Answered
            : title == noAnswerTitle ? ReplyKind.Abstained
            : ReplyKind.Other;
        var serviceId = cards.SelectMany(c => Actions(c, SteckbriefVerb)).Select(a => (string?)a["data"]?["serviceId"]).FirstOrDefault();
        return new BotReply(kind, VisibleText.Of(text.Length == 0 ? null : text, cards), title, serviceId);
    }

    /// Every action object (anywhere in the card, fallbacks included) with this verb.
    private static IEnumerable<JsonObject> Actions(JsonNode? node, string verb) => node switch
    {
        JsonObject o when (string?)o["verb"] == verb => [o],
        JsonObject o => o.SelectMany(p => Actions(p.Value, verb)),
        JsonArray a => a.SelectMany(n => Actions(n, verb)),
        _ => [],
    };
}

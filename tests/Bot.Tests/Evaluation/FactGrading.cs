using System.Text.RegularExpressions;

namespace KommunalBot.Bot.Tests.Evaluation;

/// Grades one reply: which facts the visible text misses, whether the card is about the expected document,
/// and the fact recall that follows (0 when the bot did not answer).
internal static class FactGrading
{
    /// A fact is written for the visible text, case aside; a pathological pattern fails instead of hanging.
    public static Regex Pattern(string fact) =>
        new(fact, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    public static IReadOnlyList<string> MissedFacts(IEnumerable<string> facts, string visibleText) =>
        [.. facts.Where(f => !Pattern(f).IsMatch(visibleText))];

    /// The card is about the expected document when its Steckbrief button names it, or its heading is the
    /// document's title (cards/answer.json: "title" or "facet – title").
    public static bool IsAbout(BotReply reply, string documentId, string? documentTitle) =>
        reply.ServiceId == documentId
        || (documentTitle is not null && reply.Title is { } title
            && (title == documentTitle || title.EndsWith(" – " + documentTitle, StringComparison.Ordinal)));

    /// Share of facts found; a card about the expected document counts as fully right.
    public static double Recall(int facts, int missed, bool aboutExpected) =>
        aboutExpected ? 1.0 : facts == 0 ? 0.0 : (double)(facts - missed) / facts;
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace KommunalBot.Bot.Features.Ask.Assistant;

/// Checks the model's text against the material: it must cite at least once and only numbers that exist.
/// "[1, 2]" is rewritten to "[1][2]", the form Teams links to its citation entities.
internal static partial class CitationCheck
{
    public static CitationCheckResult Check(string? output, IReadOnlyList<MaterialSource> material)
    {
        var text = output?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return new CitationCheckResult.Rejected("empty-output");
        }

        text = GroupPattern().Replace(text, m => string.Concat(
            m.Groups["numbers"].Value.Split(',', StringSplitOptions.TrimEntries).Select(n => $"[{n}]")));
        var cited = new SortedSet<int>();
        foreach (Match match in SinglePattern().Matches(text))
        {
            if (!int.TryParse(match.Groups["number"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                || number < 1 || number > material.Count)
            {
                return new CitationCheckResult.Rejected("unknown-citation");
            }

            cited.Add(number);
        }

        if (cited.Count == 0)
        {
            return new CitationCheckResult.Rejected("no-citation");
        }

        var citations = cited.Select(n => material[n - 1]).Select(s => new Citation(s.Number, s.Title, s.Url, s.Snippet)).ToList();
        return new CitationCheckResult.Accepted(new PhrasedAnswer(text, citations));
    }

    [GeneratedRegex(@"\[(?<numbers>[0-9]+(?:\s*,\s*[0-9]+)+)\]")]
    private static partial Regex GroupPattern();

    [GeneratedRegex(@"\[(?<number>[0-9]+)\]")]
    private static partial Regex SinglePattern();
}

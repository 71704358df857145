using System.Collections.Frozen;
using KommunalBot.Knowledge.Content;

namespace KommunalBot.Knowledge.Text;

/// <summary>
/// The 16 Länder as a bit set: abbreviations clerks type ("sh", "mv", "nrw") and the names and codes the content
/// uses (<c>umsetzendes_land</c>, <c>region</c>, <c>status.laender[].land</c>). A Land abbreviation in a question
/// is a hint about the Land, not a word to search for (see <see cref="Search.QueryParser"/>).
/// </summary>
internal static class LandNames
{
    // Code (as in status.laender), full name, and the abbreviations accepted in questions. "be", "he", "st" are
    // left out of the question abbreviations: in German text they are more often other words than Berlin,
    // Hessen or Sachsen-Anhalt.
    private static readonly (string Code, string Name, string[] Typed)[] Laender =
    [
        ("BW", "Baden-Württemberg", ["bw", "bawü"]),
        ("BY", "Bayern", ["by"]),
        ("BE", "Berlin", []),
        ("BB", "Brandenburg", ["bb"]),
        ("HB", "Bremen", ["hb"]),
        ("HH", "Hamburg", ["hh"]),
        ("HE", "Hessen", []),
        ("MV", "Mecklenburg-Vorpommern", ["mv", "meckpomm"]),
        ("NI", "Niedersachsen", ["ni", "nds"]),
        ("NW", "Nordrhein-Westfalen", ["nrw", "nw"]),
        ("RP", "Rheinland-Pfalz", ["rlp", "rp"]),
        ("SL", "Saarland", ["sl"]),
        ("SN", "Sachsen", ["sn"]),
        ("ST", "Sachsen-Anhalt", ["lsa"]),
        ("SH", "Schleswig-Holstein", ["sh"]),
        ("TH", "Thüringen", ["th"]),
    ];

    private static readonly FrozenDictionary<string, int> TypedBits = Laender
        .SelectMany((land, bit) => land.Typed.Select(typed => (typed, bit)))
        .ToFrozenDictionary(x => x.typed, x => x.bit, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, int> CodeBits = Laender
        .Select((land, bit) => (land.Code, bit))
        .ToFrozenDictionary(x => x.Code, x => x.bit, StringComparer.OrdinalIgnoreCase);

    /// <summary>Bit of the Land a lower-case word typed in a question abbreviates, or 0.</summary>
    public static int FromTypedWord(string normalizedWord) =>
        TypedBits.TryGetValue(normalizedWord, out var bit) ? 1 << bit : 0;

    /// <summary>Länder a document is about: its Land or region (names or codes) and the Länder in its status list.</summary>
    public static int Of(KnowledgeDocument document)
    {
        var mask = Of(document.Land);
        foreach (var status in document.Steckbrief?.Status.Laender ?? [])
        {
            mask |= Of(status.Land);
        }

        return mask;
    }

    private static int Of(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 0;
        }

        var mask = 0;
        for (var bit = 0; bit < Laender.Length; bit++)
        {
            // "Sachsen" must not match "Sachsen-Anhalt" or "Niedersachsen": compare whole names.
            if (ContainsWhole(text, Laender[bit].Name))
            {
                mask |= 1 << bit;
            }
        }

        foreach (var word in text.Split([' ', ',', '(', ')', ';', '/'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length == 2 && word.All(char.IsUpper) && CodeBits.TryGetValue(word, out var bit))
            {
                mask |= 1 << bit;
            }
        }

        return mask;
    }

    private static bool ContainsWhole(string text, string name)
    {
        for (var i = text.IndexOf(name, StringComparison.OrdinalIgnoreCase); i >= 0; i = text.IndexOf(name, i + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = i + name.Length;
            var before = i == 0 || !(char.IsLetter(text[i - 1]) || text[i - 1] == '-');
            var after = end == text.Length || !(char.IsLetter(text[end]) || text[end] == '-');
            if (before && after)
            {
                return true;
            }
        }

        return false;
    }
}

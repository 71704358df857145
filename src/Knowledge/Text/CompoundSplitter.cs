namespace KommunalBot.Knowledge.Text;

/// <summary>
/// Splits German compounds against a vocabulary of known stems, longest head first, with Fugen-s
/// ("Hundesteueranmeldung" → "hundesteuer", "anmeldung"; "Einbürgerungsantrag" → "einbürgerung", "antrag").
/// </summary>
internal static class CompoundSplitter
{
    private const int MinPart = 4;
    private const int MaxParts = 3;

    /// <summary>Returns the surface parts, or null when the word is no compound of known words.</summary>
    public static string[]? Split(string word, Func<string, bool> isKnownStem)
    {
        if (word.Length < 2 * MinPart)
        {
            return null;
        }

        var parts = new List<string>(MaxParts);
        return SplitFrom(word, 0, isKnownStem, parts) ? [.. parts] : null;
    }

    private static bool SplitFrom(string word, int start, Func<string, bool> isKnownStem, List<string> parts)
    {
        if (parts.Count > 0 && word.Length - start >= MinPart && IsKnown(word[start..], isKnownStem))
        {
            parts.Add(word[start..]);
            return true;
        }

        if (parts.Count == MaxParts - 1)
        {
            return false;
        }

        for (var end = word.Length - MinPart; end >= start + MinPart; end--)
        {
            var head = word[start..end];
            bool known;
            if (head.Length > MinPart && head[^1] == 's' && IsKnown(head[..^1], isKnownStem))
            {
                head = head[..^1]; // Fugen-s
                known = true;
            }
            else
            {
                known = IsKnown(head, isKnownStem);
            }

            if (!known)
            {
                continue;
            }

            parts.Add(head);
            if (SplitFrom(word, end, isKnownStem, parts))
            {
                return true;
            }

            parts.RemoveAt(parts.Count - 1);
        }

        return false;
    }

    private static bool IsKnown(string part, Func<string, bool> isKnownStem)
    {
        foreach (var c in part)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return isKnownStem(GermanStemmer.Stem(part));
    }
}

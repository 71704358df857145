using System.Text;

namespace KommunalBot.Knowledge.Answers;

/// <summary>
/// Drops a sentence or line that repeats the one right before it ("Übliche Formen der Einbindung: Übliche Formen
/// der Einbindung:"), as happens when a summary is joined to the body it was taken from. Sentences compare by
/// their letters and digits only, so <c>**bold**</c> marks, list markers and case do not hide a repeat. A
/// snippet window that begins ("… der Einbindung:") or ends ("Übliche Formen …") inside a copy of its neighbour
/// loses the cut copy as well. Text without repeats comes back as the same instance.
/// </summary>
internal static class RepeatedText
{
    public static string Remove(string text)
    {
        var segments = Segments(text);
        if (segments.Count < 2)
        {
            return text;
        }

        var kept = new List<Range>(segments.Count);
        foreach (var segment in segments)
        {
            if (kept.Count == 0 || !Same(text.AsSpan(kept[^1]), text.AsSpan(segment)))
            {
                kept.Add(segment);
            }
        }

        var cutStart = kept.Count > 1 && text.AsSpan(kept[0]).TrimStart().StartsWith('…')
            && Matches(text.AsSpan(kept[0]), text.AsSpan(kept[1]), fromEnd: true, whole: false);
        var cutEnd = kept.Count > (cutStart ? 2 : 1) && text.AsSpan(kept[^1]).TrimEnd().EndsWith('…')
            && Matches(text.AsSpan(kept[^1]), text.AsSpan(kept[^2]), fromEnd: false, whole: false);
        if (kept.Count == segments.Count && !cutStart && !cutEnd)
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        if (cutStart)
        {
            result.Append("… ");
        }

        for (var i = cutStart ? 1 : 0; i < kept.Count - (cutEnd ? 1 : 0); i++)
        {
            result.Append(text.AsSpan(kept[i]));
        }

        return cutEnd ? result.ToString().TrimEnd() + " …" : result.ToString();
    }

    /// <summary>True when two texts say the same, ignoring markup, punctuation and case.</summary>
    public static bool Same(ReadOnlySpan<char> a, ReadOnlySpan<char> b) => Matches(a, b, fromEnd: false, whole: true);

    // Sentences end after . ! ? : followed by white space, and at a line break; each keeps its trailing white space.
    private static List<Range> Segments(string text)
    {
        var segments = new List<Range>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '\n' && !(c is '.' or '!' or '?' or ':' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]))))
            {
                continue;
            }

            var end = i + 1;
            while (end < text.Length && char.IsWhiteSpace(text[end]))
            {
                end++;
            }

            segments.Add(start..end);
            start = end;
            i = end - 1;
        }

        if (start < text.Length)
        {
            segments.Add(start..text.Length);
        }

        return segments;
    }

    // The letters and digits of part, lower-cased, are all of other's (whole) or its start or end; never when empty.
    private static bool Matches(ReadOnlySpan<char> part, ReadOnlySpan<char> other, bool fromEnd, bool whole)
    {
        var step = fromEnd ? -1 : 1;
        var i = fromEnd ? part.Length - 1 : 0;
        var j = fromEnd ? other.Length - 1 : 0;
        var any = false;
        while (true)
        {
            while ((uint)i < (uint)part.Length && !char.IsLetterOrDigit(part[i]))
            {
                i += step;
            }

            while ((uint)j < (uint)other.Length && !char.IsLetterOrDigit(other[j]))
            {
                j += step;
            }

            if ((uint)i >= (uint)part.Length)
            {
                return any && (!whole || (uint)j >= (uint)other.Length);
            }

            if ((uint)j >= (uint)other.Length || char.ToLowerInvariant(part[i]) != char.ToLowerInvariant(other[j]))
            {
                return false;
            }

            any = true;
            i += step;
            j += step;
        }
    }
}

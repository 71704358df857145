using System.Text;

namespace KommunalBot.Knowledge.Text;

/// <summary>Unicode (NFKC) and case normalisation plus tokenisation into words.</summary>
internal static class TextNormalizer
{
    /// <summary>NFKC, lower case (invariant), typographic dashes and quotes unified.</summary>
    public static string Normalize(string text)
    {
        var valid = WithoutLoneSurrogates(text);
        var s = valid.IsNormalized(NormalizationForm.FormKC) ? valid : valid.Normalize(NormalizationForm.FormKC);
        return s.ToLowerInvariant();
    }

    // Normalisation throws on a lone surrogate, which any client can send; U+FFFD keeps the length and is no word.
    private static string WithoutLoneSurrogates(string text)
    {
        char[]? chars = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                chars ??= text.ToCharArray();
                chars[i] = '\uFFFD';
            }
        }

        return chars is null ? text : new string(chars);
    }

    /// <summary>Folds umlauts and ß so that "gebühr", "gebuehr" and "gebuhr" compare equal after stemming.</summary>
    public static string FoldUmlauts(string word)
    {
        if (!NeedsFolding(word))
        {
            return word;
        }

        var b = new StringBuilder(word.Length + 2);
        foreach (var c in word)
        {
            switch (c)
            {
                case 'ä': b.Append('a'); break;
                case 'ö': b.Append('o'); break;
                case 'ü': b.Append('u'); break;
                case 'ß': b.Append("ss"); break;
                default: b.Append(c); break;
            }
        }

        return b.ToString();
    }

    private static bool NeedsFolding(string word)
    {
        foreach (var c in word)
        {
            if (c is 'ä' or 'ö' or 'ü' or 'ß')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Splits normalised text into word tokens (letters and digits). Hyphenated words yield their parts and,
    /// when all parts are letters, the joined form ("e-mail" → "e", "mail", "email").
    /// </summary>
    public static List<Token> Tokenize(string text)
    {
        var normalized = Normalize(text);
        var tokens = new List<Token>();
        var i = 0;
        var position = 0;
        while (i < normalized.Length)
        {
            if (!char.IsLetterOrDigit(normalized[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var hyphenated = false;
            while (i < normalized.Length)
            {
                var c = normalized[i];
                if (char.IsLetterOrDigit(c))
                {
                    i++;
                }
                else if (c == '-' && i + 1 < normalized.Length && char.IsLetterOrDigit(normalized[i + 1]) && i > start)
                {
                    hyphenated = true;
                    i++;
                }
                else
                {
                    break;
                }
            }

            var word = normalized[start..i];
            if (!hyphenated)
            {
                tokens.Add(new Token(word, position++, start, i - start));
                continue;
            }

            var partStart = start;
            foreach (var part in word.Split('-'))
            {
                tokens.Add(new Token(part, position++, partStart, part.Length));
                partStart += part.Length + 1;
            }

            tokens.Add(new Token(word.Replace("-", string.Empty, StringComparison.Ordinal), position - 1, start, i - start));
        }

        return tokens;
    }
}

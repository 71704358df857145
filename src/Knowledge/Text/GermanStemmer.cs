namespace KommunalBot.Knowledge.Text;

/// <summary>
/// The Snowball German stemmer, implemented from the published algorithm
/// (https://snowballstem.org/algorithms/german/stemmer.html, current version with the ß/ae/oe/ue prelude).
/// Input must be lower case. Umlauts are folded in the postlude, so "gebühr", "gebuehr" and "gebuhr" agree.
/// </summary>
internal static class GermanStemmer
{
    public static string Stem(string word)
    {
        if (word.Length < 2)
        {
            return word;
        }

        var b = Prelude(word);
        var (p1, p2) = MarkRegions(b);
        Step1(b, p1);
        Step2(b, p1);
        Step3(b, p1, p2);
        return Postlude(b);
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'ä' or 'ö' or 'ü';

    private static bool IsSEnding(char c) => c is 'b' or 'd' or 'f' or 'g' or 'h' or 'k' or 'l' or 'm' or 'n' or 'r' or 't';

    private static bool IsStEnding(char c) => c != 'r' && IsSEnding(c);

    private static System.Text.StringBuilder Prelude(string word)
    {
        var chars = word.ToCharArray();

        // u and y between vowels are consonants: mark them upper case so they are not vowels.
        for (var i = 1; i < chars.Length - 1; i++)
        {
            if (IsVowel(chars[i - 1]) && (chars[i] == 'u' || chars[i] == 'y') && IsVowel(chars[i + 1]))
            {
                chars[i] = char.ToUpperInvariant(chars[i]);
                i++;
            }
        }

        var b = new System.Text.StringBuilder(word.Length + 2);
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            var next = i + 1 < chars.Length ? chars[i + 1] : '\0';
            if (c == 'ß')
            {
                b.Append("ss");
            }
            else if (next == 'e' && c is 'a' or 'o' or 'u')
            {
                b.Append(c == 'a' ? 'ä' : c == 'o' ? 'ö' : 'ü');
                i++;
            }
            else if (c == 'q' && next == 'u')
            {
                b.Append("qu");
                i++;
            }
            else
            {
                b.Append(c);
            }
        }

        return b;
    }

    private static (int P1, int P2) MarkRegions(System.Text.StringBuilder b)
    {
        var n = b.Length;
        if (n < 3)
        {
            return (n, n);
        }

        var p1 = RegionStart(b, 0);
        var p2 = p1 < n ? RegionStart(b, p1) : n;
        if (p1 < 3)
        {
            p1 = 3;
        }

        return (p1, p2);
    }

    // Position after the first non-vowel that follows a vowel, searching from start.
    private static int RegionStart(System.Text.StringBuilder b, int start)
    {
        var i = start;
        while (i < b.Length && !IsVowel(b[i]))
        {
            i++;
        }

        while (i < b.Length && IsVowel(b[i]))
        {
            i++;
        }

        return i < b.Length ? i + 1 : b.Length;
    }

    private static bool EndsWith(System.Text.StringBuilder b, string s) => EndsWithAt(b, s, b.Length);

    private static bool EndsWithAt(System.Text.StringBuilder b, string s, int end)
    {
        if (end < s.Length)
        {
            return false;
        }

        var start = end - s.Length;
        for (var i = 0; i < s.Length; i++)
        {
            if (b[start + i] != s[i])
            {
                return false;
            }
        }

        return true;
    }

    private static string? LongestSuffix(System.Text.StringBuilder b, string[] suffixes)
    {
        string? best = null;
        foreach (var s in suffixes)
        {
            if ((best is null || s.Length > best.Length) && EndsWith(b, s))
            {
                best = s;
            }
        }

        return best;
    }

    private static readonly string[] Step1Suffixes = ["em", "ern", "er", "e", "en", "es", "s", "ln", "lns"];
    private static readonly string[] Step2Suffixes = ["en", "er", "est", "st"];
    private static readonly string[] Step3Suffixes = ["end", "ung", "ig", "ik", "isch", "lich", "heit", "keit"];

    private static void Step1(System.Text.StringBuilder b, int p1)
    {
        var s = LongestSuffix(b, Step1Suffixes);
        if (s is null || b.Length - s.Length < p1)
        {
            return;
        }

        var start = b.Length - s.Length;
        switch (s)
        {
            case "em":
                if (!EndsWithAt(b, "syst", start))
                {
                    b.Length = start;
                }

                break;
            case "ern" or "er":
                b.Length = start;
                break;
            case "e" or "en" or "es":
                b.Length = start;
                if (EndsWith(b, "niss"))
                {
                    b.Length--;
                }

                break;
            case "s":
                if (start > 0 && IsSEnding(b[start - 1]))
                {
                    b.Length = start;
                }

                break;
            default: // "ln", "lns"
                b.Length = start;
                b.Append('l');
                break;
        }
    }

    private static void Step2(System.Text.StringBuilder b, int p1)
    {
        var s = LongestSuffix(b, Step2Suffixes);
        if (s is null || b.Length - s.Length < p1)
        {
            return;
        }

        var start = b.Length - s.Length;
        if (s != "st")
        {
            b.Length = start;
        }
        else if (start >= 4 && IsStEnding(b[start - 1]))
        {
            b.Length = start;
        }
    }

    private static void Step3(System.Text.StringBuilder b, int p1, int p2)
    {
        var s = LongestSuffix(b, Step3Suffixes);
        if (s is null || b.Length - s.Length < p2)
        {
            return;
        }

        var start = b.Length - s.Length;
        switch (s)
        {
            case "end" or "ung":
                b.Length = start;
                if (EndsWith(b, "ig") && b.Length - 2 >= p2 && !EndsWithAt(b, "e", b.Length - 2))
                {
                    b.Length -= 2;
                }

                break;
            case "ig" or "ik" or "isch":
                if (!EndsWithAt(b, "e", start))
                {
                    b.Length = start;
                }

                break;
            case "lich" or "heit":
                b.Length = start;
                if ((EndsWith(b, "er") || EndsWith(b, "en")) && b.Length - 2 >= p1)
                {
                    b.Length -= 2;
                }

                break;
            default: // "keit"
                b.Length = start;
                if (EndsWith(b, "lich") && b.Length - 4 >= p2)
                {
                    b.Length -= 4;
                }
                else if (EndsWith(b, "ig") && b.Length - 2 >= p2)
                {
                    b.Length -= 2;
                }

                break;
        }
    }

    private static string Postlude(System.Text.StringBuilder b)
    {
        for (var i = 0; i < b.Length; i++)
        {
            b[i] = b[i] switch
            {
                'Y' => 'y',
                'U' => 'u',
                'ä' => 'a',
                'ö' => 'o',
                'ü' => 'u',
                _ => b[i],
            };
        }

        return b.ToString();
    }
}

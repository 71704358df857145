namespace KommunalBot.Knowledge.Text;

/// <summary>
/// The Snowball German stemmer, implemented from the published algorithm
/// (https://snowballstem.org/algorithms/german/stemmer.html, current version with the ß/ae/oe/ue prelude).
/// Input must be lower case. Umlauts are folded in the postlude, so "gebühr", "gebuehr" and "gebuhr" agree.
/// </summary>
internal static partial class GermanStemmer
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

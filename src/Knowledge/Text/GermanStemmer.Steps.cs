namespace KommunalBot.Knowledge.Text;

/// <summary>Steps 1-3 of the Snowball German algorithm: suffix removal within the regions R1 and R2.</summary>
internal static partial class GermanStemmer
{
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
}

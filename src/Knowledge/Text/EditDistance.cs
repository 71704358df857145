namespace KommunalBot.Knowledge.Text;

/// <summary>Optimal string alignment (restricted Damerau-Levenshtein) distance with an early cut-off.</summary>
internal static class EditDistance
{
    /// <summary>Allowed typos for a word of this length: 0 below 5 letters, 1 from 5, 2 from 9.</summary>
    public static int AllowedTypos(int length) => length >= 9 ? 2 : length >= 5 ? 1 : 0;

    /// <summary>Distance between a and b, or max + 1 when it exceeds max.</summary>
    public static int Compute(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        var n = b.Length;
        Span<int> prevPrev = stackalloc int[n + 1];
        Span<int> prev = stackalloc int[n + 1];
        Span<int> current = stackalloc int[n + 1];
        for (var j = 0; j <= n; j++)
        {
            prev[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j <= n; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(prev[j] + 1, current[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, prevPrev[j - 2] + 1);
                }

                current[j] = value;
                if (value < rowMin)
                {
                    rowMin = value;
                }
            }

            if (rowMin > max)
            {
                return max + 1;
            }

            var recycled = prevPrev;
            prevPrev = prev;
            prev = current;
            current = recycled;
        }

        return Math.Min(prev[n], max + 1);
    }
}

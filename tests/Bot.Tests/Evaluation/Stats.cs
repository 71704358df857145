namespace KommunalBot.Bot.Tests.Evaluation;

/// Median and nearest-rank percentiles; null for no values.
internal static class Stats
{
    public static double? Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return null;
        }

        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// The smallest value with at least <paramref name="share"/> of all values at or below it.
    public static double? Percentile(IEnumerable<double> values, double share)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? null : sorted[Math.Clamp((int)Math.Ceiling(share * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    /// Share of items meeting the condition; null for no items.
    public static double? Rate<T>(IReadOnlyCollection<T> items, Func<T, bool> condition) =>
        items.Count == 0 ? null : (double)items.Count(condition) / items.Count;
}

using System.Globalization;

namespace KommunalBot.Bot.Features.Broadcast;

/// The subscription form as a pure function: the card's data for a subscription (or the defaults: everything, weekly on
/// Mondays at 09:00), and the form's answer read back into a <see cref="SubscriptionChoice"/> or refused with the text
/// key of what is wrong. Teams sends a multi-select as its values joined by commas; Themenfelder hold no commas.
internal static class SubscriptionForm
{
    /// Every month has days 1-28, so a monthly digest never skips a month.
    private static readonly IReadOnlyList<string> DaysOfMonth = [.. Enumerable.Range(1, 28).Select(Number)];

    private static readonly IReadOnlyList<SubscriptionHourChoice> Hours =
        [.. Enumerable.Range(0, 24).Select(h => new SubscriptionHourChoice($"{h:00}:00", Number(h)))];

    public static SubscriptionFormCardData Card(Subscription? current, IReadOnlyList<string> topics) => new()
    {
        Error = null,
        Kinds = string.Join(",", current?.Kinds ?? Enum.GetValues<BroadcastKind>()),
        TopicChoices = topics,
        Topics = string.Join(",", current?.Topics ?? []),
        RegionChoices = Regions.All,
        Region = current?.Region ?? "alle",
        Frequency = (current?.Frequency ?? DigestFrequency.Weekly).ToString(),
        Day = (current?.Day ?? DayOfWeek.Monday).ToString(),
        DaysOfMonth = DaysOfMonth,
        DayOfMonth = Number(current?.DayOfMonth ?? 1),
        Hours = Hours,
        Hour = Number(current?.Hour ?? 9),
    };

    /// The form again with what was chosen and <paramref name="error"/>.
    public static SubscriptionFormCardData Returned(SubscriptionSaveActionData input, IReadOnlyList<string> topics, string error) => Card(null, topics) with
    {
        Error = error,
        Kinds = input.Kinds ?? string.Empty,
        Topics = input.Topics ?? string.Empty,
        Region = input.Region ?? "alle",
        Frequency = input.Frequency ?? nameof(DigestFrequency.Weekly),
        Day = input.Day ?? nameof(DayOfWeek.Monday),
        DayOfMonth = input.DayOfMonth ?? "1",
        Hour = input.Hour ?? "9",
    };

    /// The choice, or the text key of what is wrong: no kind chosen, or a value the form does not offer (a stale or
    /// forged card).
    public static (SubscriptionChoice? Choice, string? Error) Read(SubscriptionSaveActionData input, IReadOnlyList<string> knownTopics)
    {
        var kinds = AnnouncementDraft.Split(input.Kinds);
        if (kinds.Count == 0)
        {
            return (null, "broadcastSubErrorKinds");
        }

        var parsedKinds = kinds.Select(Name<BroadcastKind>).ToList();
        var topics = AnnouncementDraft.Split(input.Topics)
            .Select(t => knownTopics.FirstOrDefault(k => string.Equals(k, t, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        var frequency = Name<DigestFrequency>(input.Frequency ?? nameof(DigestFrequency.Weekly));
        var day = Name<DayOfWeek>(input.Day ?? nameof(DayOfWeek.Monday));
        var dayOfMonth = NumberIn(input.DayOfMonth ?? "1", 1, 28);
        var hour = NumberIn(input.Hour ?? "9", 0, 23);
        if (parsedKinds.Any(k => k is null) || topics.Any(t => t is null) || !Regions.IsKnown(input.Region)
            || frequency is null || day is null || dayOfMonth is null || hour is null)
        {
            return (null, "broadcastSubErrorChoice");
        }

        return (new SubscriptionChoice(
            [.. topics.Select(t => t!).Distinct(StringComparer.Ordinal)],
            Regions.Normalize(input.Region),
            [.. parsedKinds.Select(k => k!.Value).Distinct()],
            frequency.Value,
            day.Value,
            dayOfMonth.Value,
            hour.Value), null);
    }

    /// An enum member by its exact name (not by number, which Enum.TryParse would also take).
    private static T? Name<T>(string value) where T : struct, Enum =>
        Enum.GetNames<T>().Contains(value, StringComparer.Ordinal) ? Enum.Parse<T>(value) : null;

    private static int? NumberIn(string value, int min, int max) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max ? n : null;

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}

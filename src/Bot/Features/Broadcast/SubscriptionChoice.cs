namespace KommunalBot.Bot.Features.Broadcast;

/// What the subscription form chose, checked (<see cref="SubscriptionForm.Read"/>).
internal sealed record SubscriptionChoice(
    IReadOnlyList<string> Topics, string? Region, IReadOnlyList<BroadcastKind> Kinds, DigestFrequency Frequency, DayOfWeek Day, int DayOfMonth, int Hour)
{
    /// The subscription with these choices; who saved it and its dates are the caller's.
    public Subscription Apply(Subscription subscription) => subscription with
    {
        Topics = Topics,
        Region = Region,
        Kinds = Kinds,
        Frequency = Frequency,
        Day = Day,
        DayOfMonth = DayOfMonth,
        Hour = Hour,
    };
}

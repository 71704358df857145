using KommunalBot.Bot.Features.Delivery;

namespace KommunalBot.Bot.Bench;

/// Whom the fan-out reaches: the channel count of each tenant. <see cref="AcrossTenants"/> is the real-life shape (a
/// few large tenants with hundreds of channels, most with 1 to 10), <see cref="OneTenant"/> the worst case for the
/// per-tenant limit. Both are deterministic, so runs on different days compare.
internal sealed record FanoutLayout(string Name, IReadOnlyList<int> ChannelsPerTenant)
{
    public const int Channels = 11_000;
    public const int Tenants = 2_000;

    // The largest tenant of the brief (about 800 channels); the sizes fall off from it like a power law.
    private const int Largest = 800;
    private const int SmallTenant = 10;
    private const int Seed = 20261205;

    public int ChannelCount => ChannelsPerTenant.Sum();

    public static FanoutLayout OneTenant() => new("single", [Channels]);

    /// Tenant of rank r has round(800 / r^a) channels (at least 1), with a chosen so the total stays just under 11,000;
    /// the few missing channels go, one each, to seeded random tenants that stay within 1 to 10. Then the tenants
    /// are shuffled, so their order says nothing about their size.
    public static FanoutLayout AcrossTenants()
    {
        var (low, high) = (0.1, 2.0); // total falls as the exponent grows: 2,000 tenants at 0.1, about 1,000 channels at 2
        for (var i = 0; i < 60; i++)
        {
            var middle = (low + high) / 2;
            (low, high) = Sizes(middle).Sum() > Channels ? (middle, high) : (low, middle);
        }

        var sizes = Sizes(high);
        var random = new Random(Seed);
        for (var missing = Channels - sizes.Sum(); missing > 0;)
        {
            var tenant = random.Next(sizes.Length);
            if (sizes[tenant] < SmallTenant)
            {
                sizes[tenant]++;
                missing--;
            }
        }

        random.Shuffle(sizes);
        return new("tenants", sizes);
    }

    /// The least time the limits allow from the first call to the last, one message per channel and every tenant
    /// sending from the start: the slowest tenant's last call, computed from the limits as configured.
    public TimeSpan Minimum(DeliveryOptions limits) => ChannelsPerTenant.Distinct().Max(channels => TenantMinimum(channels, limits));

    /// From the first call to the last of one tenant with <paramref name="channels"/> channels, one call each.
    public static TimeSpan TenantMinimum(int channels, DeliveryOptions limits)
    {
        var perConversation = LastCallAt(1, limits.ConversationLimitList); // each conversation gets a single call
        return Max(LastCallAt(channels, limits.TenantLimitList), perConversation);
    }

    public string Describe()
    {
        var sorted = ChannelsPerTenant.OrderDescending().ToList();
        var small = sorted.Count(n => n <= SmallTenant);
        return $"{ChannelCount:N0} channels in {sorted.Count:N0} tenants; largest {string.Join(", ", sorted.Take(6))}; "
            + $"{sorted.Count(n => n >= 100)} with 100 or more, {small:N0} with 1 to {SmallTenant}, median {sorted[sorted.Count / 2]}";
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static int[] Sizes(double exponent) =>
        Enumerable.Range(1, Tenants).Select(rank => Math.Max(1, (int)Math.Round(Largest / Math.Pow(rank, exponent)))).ToArray();

    /// Sliding windows stamped at each call: call k (0-based) may go once, for every limit (c, w), call k - c has left
    /// the window, so t(k) = max(t(k - 1), t(k - c) + w). For 50/1s that is floor(k / 50) seconds.
    private static TimeSpan LastCallAt(int calls, IReadOnlyList<RateLimit> limits)
    {
        var at = new TimeSpan[calls];
        for (var k = 1; k < calls; k++)
        {
            at[k] = at[k - 1];
            foreach (var limit in limits.Where(limit => k >= limit.Count))
            {
                at[k] = Max(at[k], at[k - limit.Count] + limit.Window);
            }
        }

        return calls == 0 ? TimeSpan.Zero : at[^1];
    }
}

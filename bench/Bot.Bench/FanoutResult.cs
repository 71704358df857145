using System.Globalization;
using KommunalBot.Bot.Features.Delivery;

namespace KommunalBot.Bot.Bench;

/// The figures of one fan-out run, counted from what reached the connector and what the store says.
/// <paramref name="Delivered"/>: expected conversations that received the card; <paramref name="Duplicates"/>: those
/// that received it more than once; <paramref name="Lost"/>: expected conversations that never received it and whose
/// record is not Unknown (<paramref name="LostButSent"/> of them are even recorded Sent); <paramref name="Unknown"/>:
/// records left Unknown by a kill; <paramref name="Throttled"/>: 429s the connector answered.
internal sealed record FanoutResult(
    string Layout,
    string Scenario,
    int Channels,
    int Tenants,
    TimeSpan Taken,
    TimeSpan Minimum,
    int Delivered,
    int Duplicates,
    int Lost,
    int LostButSent,
    int Unknown,
    int Throttled,
    long PeakRssBytes,
    IReadOnlyDictionary<DeliveryState, int> States)
{
    public double Ratio => Taken > TimeSpan.Zero ? Minimum / Taken : 0;

    /// The one line a run ends with (the brief's format; kill and storm runs add their scenario at the end).
    public string Line => string.Create(CultureInfo.InvariantCulture,
        $"fanout layout={Layout} channels={Channels} tenants={Tenants} seconds={Taken.TotalSeconds:F1} minimum={Minimum.TotalSeconds:F0} "
        + $"ratio={Ratio:F2} delivered={Delivered} duplicates={Duplicates} lost={Lost} unknown={Unknown} throttled={Throttled} "
        + $"rssMB={PeakRssBytes / (1024 * 1024)}{(Scenario == FanoutRun.Clean ? "" : $" scenario={Scenario}")}");

    public string StateCounts => string.Join(", ", States.OrderBy(s => s.Key).Select(s => $"{s.Key} {s.Value}"));

    /// The brief's goals: ratio at least 0.9 for clean runs, nothing twice, nothing lost, Unknown within what can be in
    /// flight, under 250 MB.
    public IEnumerable<string> MissedGoals(int maxInFlight)
    {
        if (Scenario == FanoutRun.Clean && Ratio < 0.9)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"ratio {Ratio:F2} < 0.9");
        }

        if (Duplicates > 0)
        {
            yield return $"{Duplicates} duplicates";
        }

        if (Lost > 0)
        {
            yield return $"{Lost} lost";
        }

        if (Unknown > maxInFlight)
        {
            yield return $"{Unknown} unknown > Delivery:MaxInFlight {maxInFlight}";
        }

        if (PeakRssBytes >= 250L * 1024 * 1024)
        {
            yield return $"peak RSS {PeakRssBytes / (1024 * 1024)} MB >= 250 MB";
        }
    }
}

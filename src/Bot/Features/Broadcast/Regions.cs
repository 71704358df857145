namespace KommunalBot.Bot.Features.Broadcast;

/// The regions a subscription, an item or an editor's audience can name: the 16 Länder and the Regierungsbezirke of
/// the Länder that have them (Destatis, Gemeindeverzeichnis). Names are matched case-insensitively; "alle" and an empty
/// value mean every region.
public static class Regions
{
    private static readonly Dictionary<string, string[]> Bezirke = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Bayern"] = ["Oberbayern", "Niederbayern", "Oberpfalz", "Oberfranken", "Mittelfranken", "Unterfranken", "Schwaben"],
        ["Baden-Württemberg"] = ["Stuttgart", "Karlsruhe", "Freiburg", "Tübingen"],
        ["Hessen"] = ["Darmstadt", "Gießen", "Kassel"],
        ["NRW"] = ["Düsseldorf", "Köln", "Münster", "Detmold", "Arnsberg"],
        ["Berlin"] = [],
        ["Brandenburg"] = [],
        ["Bremen"] = [],
        ["Hamburg"] = [],
        ["Mecklenburg-Vorpommern"] = [],
        ["Niedersachsen"] = [],
        ["Rheinland-Pfalz"] = [],
        ["Saarland"] = [],
        ["Sachsen"] = [],
        ["Sachsen-Anhalt"] = [],
        ["Schleswig-Holstein"] = [],
        ["Thüringen"] = [],
    };

    /// Other spellings users and configurations use for a Land.
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Nordrhein-Westfalen"] = "NRW",
        ["BW"] = "Baden-Württemberg",
        ["Saar"] = "Saarland",
        ["SH"] = "Schleswig-Holstein",
        ["MV"] = "Mecklenburg-Vorpommern",
    };

    /// The Länder, then each Land's Regierungsbezirke, in a fixed order for choice sets.
    public static IReadOnlyList<string> All { get; } =
        [.. Bezirke.Keys, .. Bezirke.Values.SelectMany(b => b)];

    /// The canonical name of <paramref name="region"/>; null for "alle", empty or an unknown name.
    public static string? Normalize(string? region)
    {
        if (string.IsNullOrWhiteSpace(region) || IsEverywhere(region))
        {
            return null;
        }

        var name = region.Trim();
        if (Aliases.TryGetValue(name, out var alias))
        {
            return alias;
        }

        return All.FirstOrDefault(r => string.Equals(r, name, StringComparison.OrdinalIgnoreCase));
    }

    public static bool IsKnown(string? region) => string.IsNullOrWhiteSpace(region) || IsEverywhere(region) || Normalize(region) is not null;

    /// True when <paramref name="inner"/> lies in <paramref name="outer"/>: the same region, or a Regierungsbezirk of
    /// the Land. Null <paramref name="outer"/> (every region) contains everything; null <paramref name="inner"/> lies
    /// only in null.
    public static bool Contains(string? outer, string? inner)
    {
        var o = Normalize(outer);
        var i = Normalize(inner);
        if (o is null)
        {
            return true;
        }

        if (i is null)
        {
            return false;
        }

        return string.Equals(o, i, StringComparison.OrdinalIgnoreCase) || LandOf(i) is { } land && string.Equals(land, o, StringComparison.OrdinalIgnoreCase);
    }

    /// True when an item of <paramref name="itemRegion"/> is of interest to a subscription of
    /// <paramref name="subscriptionRegion"/>: either lies in the other (a Bavaria-wide item reaches an Oberbayern
    /// channel, an Oberbayern item reaches a Bavarian channel), or either is every region.
    public static bool Overlap(string? subscriptionRegion, string? itemRegion) =>
        Contains(subscriptionRegion, itemRegion) || Contains(itemRegion, subscriptionRegion);

    /// The Land of a Regierungsbezirk, or the Land itself; null for an unknown name.
    public static string? LandOf(string? region)
    {
        var name = Normalize(region);
        if (name is null)
        {
            return null;
        }

        return Bezirke.ContainsKey(name) ? name : Bezirke.FirstOrDefault(b => b.Value.Contains(name, StringComparer.OrdinalIgnoreCase)).Key;
    }

    private static bool IsEverywhere(string region) =>
        region.Trim() is var r && (string.Equals(r, "alle", StringComparison.OrdinalIgnoreCase) || string.Equals(r, "all", StringComparison.OrdinalIgnoreCase));
}

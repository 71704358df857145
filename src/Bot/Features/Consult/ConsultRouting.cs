namespace KommunalBot.Bot.Features.Consult;

/// Which pool takes a request: the first route whose given fields all match (case-insensitive), else the default pool.
internal static class ConsultRouting
{
    public static string PoolFor(ConsultOptions options, string topic, string region, string organisation)
    {
        foreach (var route in options.Routes)
        {
            if (Matches(route.Topic, topic) && Matches(route.Region, region) && Matches(route.Organisation, organisation))
            {
                return route.Pool;
            }
        }

        return options.DefaultPool;
    }

    private static bool Matches(string rule, string value) =>
        rule.Length == 0 || string.Equals(rule, value, StringComparison.OrdinalIgnoreCase);
}

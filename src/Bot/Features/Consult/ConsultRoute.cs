namespace KommunalBot.Bot.Features.Consult;

/// One routing rule (section `Consult:Routes`, first match wins): a request whose topic, region and organisation match
/// every field given here goes to <see cref="Pool"/>. An empty field matches anything.
public sealed class ConsultRoute
{
    public string Topic { get; set; } = string.Empty;

    public string Region { get; set; } = string.Empty;

    public string Organisation { get; set; } = string.Empty;

    public string Pool { get; set; } = string.Empty;
}

namespace KommunalBot.Bot.Features.Consult;

/// Section `Consult`: topics of the request form, advisor pools, routing, SLA and retention.
public sealed class ConsultOptions
{
    public const string SectionName = "Consult";

    /// The topics a clerk picks from. Empty: the defaults below (a configured list replaces them, it does not add).
    public List<string> Topics { get; set; } = [];

    public List<AdvisorPool> Pools { get; set; } = [];

    public List<ConsultRoute> Routes { get; set; } = [];

    /// The pool that takes every request no route matches.
    public string DefaultPool { get; set; } = string.Empty;

    /// Business hours (Europe/Berlin, weekdays, without the public holidays of <see cref="HolidayState"/>) a request may
    /// wait for an advisor before the pool's lead is mentioned.
    public TimeSpan SlaWindow { get; set; } = TimeSpan.FromHours(8);

    public TimeSpan UrgentSlaWindow { get; set; } = TimeSpan.FromHours(2);

    public TimeSpan WorkdayStart { get; set; } = TimeSpan.FromHours(8);

    public TimeSpan WorkdayEnd { get; set; } = TimeSpan.FromHours(16);

    /// The Land whose public holidays do not count (two-letter code: BY, NW, SH, SL, …).
    public string HolidayState { get; set; } = "BY";

    public int MinDescriptionLength { get; set; } = 30;

    /// At most 2,000: longer card fields are refused before any feature sees them (TurnLimits.MaxCardFieldLength).
    public int MaxDescriptionLength { get; set; } = Access.TurnLimits.MaxCardFieldLength;

    /// Linked from the consent checkbox of the request form.
    public string PrivacyNoteUrl { get; set; } = "https://www.baykommun.bayern/datenschutz";

    /// The source link of a FAQ entry published from a consulting answer ("Beratung BK-…"): the consulting service's page.
    public string KnowledgeSourceUrl { get; set; } = "https://www.baykommun.bayern";

    /// Closed and withdrawn requests are deleted this long after they were closed.
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(365);

    internal static readonly string[] DefaultTopics =
    [
        "Fachverfahren und Schnittstellen",
        "Transportweg und Datenübermittlung",
        "Kosten und Nachnutzung (EfA)",
        "Recht und Datenschutz",
        "Einführung und Organisation",
        "Sonstiges",
    ];

    internal IReadOnlyList<string> TopicList => Topics.Count > 0 ? Topics : DefaultTopics;

    internal AdvisorPool? Pool(string name) => Pools.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
}

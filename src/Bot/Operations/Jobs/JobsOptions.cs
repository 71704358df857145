namespace KommunalBot.Bot.Operations.Jobs;

/// Section `Jobs`: background work that runs on one bot instance at a time.
public sealed class JobsOptions
{
    public const string SectionName = "Jobs";

    /// How long a job stays with an instance that stops renewing (crashed, frozen, cut off). The holder renews every
    /// third of it; the others try to take it as often, so a dead holder's job moves within about 4/3 of this.
    /// 15 to 60 seconds: the range Azure blob leases allow (learn.microsoft.com/rest/api/storageservices/lease-blob).
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(30);

    internal static readonly TimeSpan MinLeaseDuration = TimeSpan.FromSeconds(15);
    internal static readonly TimeSpan MaxLeaseDuration = TimeSpan.FromSeconds(60);
}

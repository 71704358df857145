namespace KommunalBot.Bot.Storage;

internal enum LeaseOutcome
{
    /// The caller holds the lease for its duration from now.
    Held,

    /// Another holder has an unexpired lease.
    TakenByAnother,

    /// The caller held the lease, but another holder has taken it since: its work must stop.
    Lost,
}

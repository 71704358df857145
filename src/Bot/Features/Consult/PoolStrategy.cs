namespace KommunalBot.Bot.Features.Consult;

public enum PoolStrategy
{
    /// The request is posted for the pool; a member claims it ("Übernehmen").
    Claim,

    /// The request is assigned to the members in turn as it arrives.
    RoundRobin,
}

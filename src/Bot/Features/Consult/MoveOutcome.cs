namespace KommunalBot.Bot.Features.Consult;

/// What became of a move. Closed: the constructor is private.
internal abstract record MoveOutcome
{
    private MoveOutcome()
    {
    }

    /// Done: the request as stored now, and the history entry that records it.
    public sealed record Moved(ConsultRequest Request, ConsultHistoryEntry Entry) : MoveOutcome;

    /// Refused; <paramref name="Request"/> is the request as it stands (e.g. who has it, for the card of the one who lost a claim).
    public sealed record Refused(ConsultRefusal Reason, ConsultRequest Request) : MoveOutcome;

    public sealed record NotFound : MoveOutcome;
}

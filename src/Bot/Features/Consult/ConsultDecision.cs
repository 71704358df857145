namespace KommunalBot.Bot.Features.Consult;

/// What <see cref="ConsultWorkflow"/> decided. Closed: the constructor is private.
internal abstract record ConsultDecision
{
    private ConsultDecision()
    {
    }

    /// The move is allowed: the request goes to <paramref name="Status"/> with <paramref name="Assignee"/> (null: none).
    public sealed record Moved(ConsultStatus Status, string? Assignee) : ConsultDecision;

    public sealed record Refused(ConsultRefusal Reason) : ConsultDecision;
}

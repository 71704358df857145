namespace KommunalBot.Bot.Features.Consult;

/// The one place that decides every move of a consulting request (STYLE habit 9): from its status, its assignee and
/// the pool's members, a move is allowed (new status and assignee) or refused with a reason. Pure: the caller writes
/// the outcome, with its history entry, in one conditional write, and writes refusals of strangers to the history too.
internal static class ConsultWorkflow
{
    private static readonly ConsultStatus[] Open =
        [ConsultStatus.Neu, ConsultStatus.Zugewiesen, ConsultStatus.InBearbeitung, ConsultStatus.WartetAufRueckmeldung];

    public static ConsultDecision Decide(ConsultStatus status, string? assignee, IReadOnlyCollection<string> poolMembers, ConsultMove move)
    {
        if (!Allowed(move.Kind, move.Role))
        {
            return new ConsultDecision.Refused(ConsultRefusal.NotAllowed);
        }

        var open = Open.Contains(status);
        return move.Kind switch
        {
            ConsultActionKind.Claim when status != ConsultStatus.Neu => Refuse(open && assignee is not null ? ConsultRefusal.AlreadyTaken : ConsultRefusal.WrongStatus),
            ConsultActionKind.Claim => Move(ConsultStatus.Zugewiesen, move.ActorObjectId),
            ConsultActionKind.Assign when !open => Refuse(ConsultRefusal.WrongStatus),
            ConsultActionKind.Assign when move.Target is null || !poolMembers.Contains(move.Target, StringComparer.OrdinalIgnoreCase) => Refuse(ConsultRefusal.InvalidTarget),
            ConsultActionKind.Assign => Move(status == ConsultStatus.Neu ? ConsultStatus.Zugewiesen : status, move.Target),
            // An answer to a request nobody had yet makes the one who answers its assignee.
            ConsultActionKind.Answer when !open => Refuse(ConsultRefusal.WrongStatus),
            ConsultActionKind.Answer => Move(ConsultStatus.WartetAufRueckmeldung, assignee ?? move.ActorObjectId),
            ConsultActionKind.SetStatus when !open => Refuse(ConsultRefusal.WrongStatus),
            ConsultActionKind.SetStatus when move.To is not (ConsultStatus.InBearbeitung or ConsultStatus.WartetAufRueckmeldung) => Refuse(ConsultRefusal.InvalidTarget),
            ConsultActionKind.SetStatus => Move(move.To.Value, assignee ?? move.ActorObjectId),
            ConsultActionKind.Close when !open => Refuse(ConsultRefusal.WrongStatus),
            ConsultActionKind.Close => Move(ConsultStatus.Geloest, assignee ?? move.ActorObjectId),
            ConsultActionKind.Reopen when status != ConsultStatus.Geloest => Refuse(ConsultRefusal.WrongStatus),
            ConsultActionKind.Reopen => Move(ConsultStatus.InBearbeitung, assignee),
            ConsultActionKind.Withdraw when !open => Refuse(ConsultRefusal.WrongStatus),
            ConsultActionKind.Withdraw => Move(ConsultStatus.Zurueckgezogen, assignee),
            // The clerk's word puts a request that waited for it back to work; otherwise the status stays.
            ConsultActionKind.AddInfo or ConsultActionKind.Reply when !open => Refuse(ConsultRefusal.WrongStatus),
            ConsultActionKind.AddInfo or ConsultActionKind.Reply => Move(status == ConsultStatus.WartetAufRueckmeldung ? ConsultStatus.InBearbeitung : status, assignee),
            ConsultActionKind.Rate when status != ConsultStatus.Geloest => Refuse(ConsultRefusal.WrongStatus),
            ConsultActionKind.Rate when move.Rating is not (>= 1 and <= 5) => Refuse(ConsultRefusal.InvalidTarget),
            ConsultActionKind.Rate => Move(status, assignee),
            ConsultActionKind.Escalate when status != ConsultStatus.Neu => Refuse(ConsultRefusal.WrongStatus),
            ConsultActionKind.Escalate => Move(status, assignee),
            _ => Refuse(ConsultRefusal.NotAllowed), // Create is not a move on an existing request
        };
    }

    /// Who may make which move at all, before the status is looked at.
    public static bool Allowed(ConsultActionKind kind, ConsultRole role) => (kind, role) switch
    {
        (ConsultActionKind.Claim or ConsultActionKind.Assign or ConsultActionKind.Answer or ConsultActionKind.SetStatus
            or ConsultActionKind.Close or ConsultActionKind.Reopen, ConsultRole.PoolMember) => true,
        (ConsultActionKind.Withdraw or ConsultActionKind.AddInfo or ConsultActionKind.Reply or ConsultActionKind.Rate, ConsultRole.Requester) => true,
        (ConsultActionKind.Escalate, ConsultRole.System) => true,
        _ => false,
    };

    private static ConsultDecision.Moved Move(ConsultStatus status, string? assignee) => new(status, assignee);

    private static ConsultDecision.Refused Refuse(ConsultRefusal reason) => new(reason);
}

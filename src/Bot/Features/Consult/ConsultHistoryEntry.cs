namespace KommunalBot.Bot.Features.Consult;

/// One line of a request's append-only history: who did what, when. <paramref name="Detail"/> is the text that came
/// with it (an answer, a reply, a resolution note, the colleague assigned); <paramref name="Refused"/> is set for a
/// move that was refused (a forged or replayed action, written down so the advisors can see it).
internal sealed record ConsultHistoryEntry(
    DateTimeOffset At,
    ConsultActionKind Kind,
    string ActorObjectId,
    string ActorName,
    ConsultStatus Status,
    string? Detail = null,
    ConsultRefusal? Refused = null);

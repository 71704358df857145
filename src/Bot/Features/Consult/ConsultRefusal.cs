namespace KommunalBot.Bot.Features.Consult;

/// Why a move was refused; each has a message in the resources (`consultRefused.*`).
internal enum ConsultRefusal
{
    /// The actor's role may not make this move at all (e.g. a clerk claiming, a stranger anything).
    NotAllowed,

    /// The move does not fit the request's status (e.g. answering a closed request).
    WrongStatus,

    /// Someone else took it first (Claim on a request that has an assignee).
    AlreadyTaken,

    /// Assign to someone who is not a member of the pool, a status that cannot be set by hand, a rating outside 1-5.
    InvalidTarget,
}

namespace KommunalBot.Bot.Features.Consult;

/// What someone does to a request; stored as text in its history.
internal enum ConsultActionKind
{
    Create,
    Claim,
    Assign,
    Answer,
    SetStatus,
    Close,
    Reopen,
    Withdraw,
    AddInfo,
    Reply,
    Rate,
    Escalate,
}

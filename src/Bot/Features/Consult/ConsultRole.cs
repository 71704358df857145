namespace KommunalBot.Bot.Features.Consult;

/// Who acts on a request, relative to it.
internal enum ConsultRole
{
    /// The clerk who asked (same tenant and Entra object id).
    Requester,

    /// A member of the advisor pool the request was routed to.
    PoolMember,

    /// Anyone else, including a user of another tenant: may do nothing.
    Stranger,

    /// The bot itself (SLA escalation).
    System,
}

namespace KommunalBot.Bot.Protocol;

/// A feature's claim on a free-text message (e.g. Consult: "this is the reply the requester was asked for"):
/// true when it took the message, false to let the next claim or the question handler have it.
public delegate Task<bool> MessageClaim(TurnContext turn);

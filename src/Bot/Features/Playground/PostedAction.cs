namespace KommunalBot.Bot.Features.Playground;

/// What the marker of a posted card action says: "execute" or "submit", the verb of an Action.Execute, the card's message.
internal sealed record PostedAction(string Kind, string? Verb, string? ReplyToId);

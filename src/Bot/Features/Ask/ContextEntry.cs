namespace KommunalBot.Bot.Features.Ask;

/// The content of an `ask/context/…` record (see <see cref="ConversationContext"/>).
internal sealed record ContextEntry(string ServiceId, DateTimeOffset LastUtc);

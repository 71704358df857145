namespace KommunalBot.Bot.Features.Broadcast.Events;

/// One entry of a choice set on the event form.
internal sealed record EventChoice(string Title, string Value);

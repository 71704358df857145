namespace KommunalBot.Bot.Features.Broadcast.Events;

/// One person on the attendee list: name, organisation (from the tenant allow-list) and answer.
internal sealed record EventAttendeeLine(string Name, string Organisation, string Answer);

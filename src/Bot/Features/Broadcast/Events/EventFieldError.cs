namespace KommunalBot.Bot.Features.Broadcast.Events;

/// A field of <see cref="EventInput"/> that is not valid: the text key (`broadcastEventError…`) and its arguments.
internal sealed record EventFieldError(string Field, string TextKey, params object[] Args);

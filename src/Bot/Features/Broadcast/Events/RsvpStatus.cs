namespace KommunalBot.Bot.Features.Broadcast.Events;

/// Where an answer put a person: a Zusage is <see cref="Accepted"/> while places are free, else <see cref="Waiting"/>.
internal enum RsvpStatus { Accepted, Waiting, Maybe, Declined }

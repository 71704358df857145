namespace KommunalBot.Bot.Features.Broadcast.Events;

/// The three buttons on the invite (by their German names, as the card sends them).
internal enum RsvpAnswer { Zusage, Vielleicht, Absage }

namespace KommunalBot.Bot.Features.Ask;

/// A contact of a Steckbrief; <see cref="Detail"/> joins e-mail, phone and URL.
internal sealed record SteckbriefContact(string? Role, string? Name, string? Detail);

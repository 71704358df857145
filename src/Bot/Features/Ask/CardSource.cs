namespace KommunalBot.Bot.Features.Ask;

/// A numbered source of an answer or a Steckbrief; <see cref="Date"/> as German readers write it.
internal sealed record CardSource(string Number, string Title, string Url, string? Date);

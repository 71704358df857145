namespace KommunalBot.Bot.Features.Broadcast;

/// A labelled value on a Broadcast card (e.g. "Themen: Wohngeld, Bauen").
internal sealed record BroadcastFact(string Title, string Value);

namespace KommunalBot.Bot.Features.Consult;

/// One waiting request on the choice card: its id, topic and the advisor who asked back.
internal sealed record RelayChoiceItem(string Id, string Topic, string Advisor);

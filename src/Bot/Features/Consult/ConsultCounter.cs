namespace KommunalBot.Bot.Features.Consult;

/// `consult/counter/{year}`: the last number given out that year.
internal sealed record ConsultCounter(int Last);

namespace KommunalBot.Bot.Features.Consult;

internal enum ConsultUrgency
{
    Normal,
    Dringend,
}

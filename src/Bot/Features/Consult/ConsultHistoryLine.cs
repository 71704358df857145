namespace KommunalBot.Bot.Features.Consult;

/// One line of a request's history as the clerk sees it: when (TT.MM.JJJJ HH:mm, Europe/Berlin), what, who, and the
/// text that came with it (an answer, the clerk's own reply or information, the resolution).
internal sealed record ConsultHistoryLine(string When, string What, string Who, string? Detail);

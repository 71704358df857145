namespace KommunalBot.Bot.Features.Consult;

/// One history entry on the advisors' card: when (TT.MM.JJJJ HH:mm), who, what, and the text that came with it.
internal sealed record AdvisorHistoryLine(string At, string Who, string What, string? Detail, bool Refused);

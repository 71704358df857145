namespace KommunalBot.Bot.Protocol;

/// Tells the user a turn failed, in their language, without exception text (STYLE habit 8).
public interface ITurnErrorReporter
{
    Task ReportAsync(TurnContext turn);
}

namespace KommunalBot.Bot.Protocol;

public delegate Task TurnHandler(TurnContext turn);

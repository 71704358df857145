namespace KommunalBot.Bot.Protocol;

public delegate Task<InvokeResponse?> CardActionHandler(TurnContext turn, CardAction action);

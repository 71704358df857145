namespace KommunalBot.Bot.Protocol;

/// Runs before routing; returns false to end the turn (e.g. a refused tenant).
public interface ITurnMiddleware
{
    /// Lower runs first; access checks use negative numbers so nothing is stored for a refused tenant.
    int Order => 0;

    Task<bool> OnTurnAsync(TurnContext turn);
}

namespace KommunalBot.Bot.Protocol;

/// A feature adds its routes here; it never touches another feature's routes (STYLE habit 4).
public interface IBotFeature
{
    void Register(BotRoutes routes);
}

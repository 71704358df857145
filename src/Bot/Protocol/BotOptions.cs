namespace KommunalBot.Bot.Protocol;

/// Section `Bot`: limits of the messaging endpoint.
public sealed class BotOptions
{
    /// Largest activity body accepted; larger ones get 413 (Teams messages stay under about 100 KB).
    public int MaxActivityBytes { get; set; } = 256 * 1024;
}

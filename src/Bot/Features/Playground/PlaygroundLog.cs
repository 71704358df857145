namespace KommunalBot.Bot.Features.Playground;

internal static partial class PlaygroundLog
{
    [LoggerMessage(EventId = 1400, Level = LogLevel.Information, Message = "Playground: {Url}")]
    public static partial void Listening(ILogger logger, string url);

    [LoggerMessage(EventId = 1401, Level = LogLevel.Warning, Message = "Playground refused a caller that is not on this machine")]
    public static partial void RemoteRefused(ILogger logger);
}

using KommunalBot.Bot.Protocol.Connector;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace KommunalBot.Bot.Features.Playground;

/// Where this bot listens, known once the server has started: the playground's page address, printed at start, and
/// its Connector endpoint, the serviceUrl of every playground activity, trusted as a local connector (never a token).
internal sealed class PlaygroundAddress(IServer server, ServiceUrlTrust trust, ILogger<PlaygroundAddress> logger)
{
    public const string ConnectorPath = "/playground/connector/";

    private string? baseUrl;

    public string ConnectorUrl => (baseUrl ?? throw new InvalidOperationException("The server has not started yet.")) + ConnectorPath;

    public void OnStarted()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) ?? addresses.FirstOrDefault();
        if (address is null)
        {
            return;
        }

        baseUrl = Loopback(address.TrimEnd('/'));
        trust.AddLocalConnector(ConnectorUrl);
        PlaygroundLog.Listening(logger, baseUrl + "/playground");
    }

    // A wildcard binding (http://+:3978, http://[::]:3978) is reached on this machine through loopback.
    private static string Loopback(string address)
    {
        var uri = new UriBuilder(address.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal));
        if (uri.Host is "0.0.0.0" or "[::]" or "::")
        {
            uri.Host = "localhost";
        }

        return uri.Uri.GetLeftPart(UriPartial.Authority);
    }
}

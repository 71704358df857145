using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace KommunalBot.Bot.Bench;

/// A running channel-sim (shared/tools/channel-sim, `serve --throttle teams --tenant-rps 50 --connector-auth off`) as
/// the connector: its recorded `sendToConversation` calls, read through the control API (`/_sim/calls?since=`), fill
/// the tally. A storm is an injected fault (`/_sim/faults`: 429 with `Retry-After: 2` on every post until removed);
/// channel-sim takes the first matching fault for every call, so its storm cannot mix calls with and without
/// Retry-After as the loopback connector does.
internal sealed class FanoutChannelSim : FanoutConnector
{
    private const string Route = "sendToConversation";

    private readonly HttpClient http;
    // Each read makes the single-threaded simulator serialize the new calls with their cards; asked every 50 ms it
    // slowed its own answers to the bot. The arrival times are the simulator's own, so reading less often costs nothing.
    private static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(1);

    private long lastSeq;
    private long lastRefresh;

    private FanoutChannelSim(HttpClient http, string serviceUrl, string description)
    {
        this.http = http;
        ServiceUrl = serviceUrl;
        Description = description;
    }

    public override string ServiceUrl { get; }

    public override string Description { get; }

    public static async Task<FanoutChannelSim> ConnectAsync(string url, CancellationToken cancellationToken)
    {
        var http = new HttpClient { BaseAddress = new Uri(url.TrimEnd('/') + "/") };
        var info = (await http.GetFromJsonAsync<JsonNode>("_sim/info", cancellationToken))!;
        var auth = info["connectorAuth"]?.GetValue<string>();
        if (auth != "off")
        {
            http.Dispose();
            throw new InvalidOperationException(
                $"channel-sim checks the bot's token (--connector-auth {auth}); the bench runs the bot without an app id, so start it with --connector-auth off");
        }

        var throttle = (await http.GetFromJsonAsync<JsonNode>("_sim/throttle", cancellationToken))!;
        return new FanoutChannelSim(http, info["urls"]!["serviceUrl"]!.GetValue<string>(),
            $"channel-sim at {url}: {throttle["throttle"]}; per tenant {throttle["tenantThrottle"]}");
    }

    public override async Task ResetAsync(CancellationToken cancellationToken)
    {
        (await http.DeleteAsync("_sim/calls", cancellationToken)).EnsureSuccessStatusCode();
        (await http.DeleteAsync("_sim/faults", cancellationToken)).EnsureSuccessStatusCode();
        (lastSeq, lastRefresh) = (0, 0);
        Tally.Clear();
    }

    public override async Task RefreshAsync(CancellationToken cancellationToken)
    {
        if (TimeProvider.System.GetElapsedTime(lastRefresh) < RefreshInterval)
        {
            return;
        }

        lastRefresh = TimeProvider.System.GetTimestamp();
        using var response = await http.GetAsync($"_sim/calls?route={Route}&since={lastSeq}", HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        response.EnsureSuccessStatusCode();
        using var page = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        if (page.RootElement.GetProperty("dropped").GetInt64() > 0)
        {
            throw new InvalidOperationException("channel-sim dropped recorded calls: start it with a larger --max-calls (e.g. 1000000)");
        }

        foreach (var call in page.RootElement.GetProperty("calls").EnumerateArray())
        {
            var status = call.GetProperty("status").GetInt32();
            if (status == StatusCodes.Status429TooManyRequests)
            {
                Tally.Refused();
            }
            else if (status is >= 200 and < 300)
            {
                Tally.Accepted(call.GetProperty("conversationId").GetString()!, call.GetProperty("at").GetDateTimeOffset());
            }
        }

        lastSeq = page.RootElement.GetProperty("lastSeq").GetInt64();
    }

    public override async Task StormAsync(bool raging, CancellationToken cancellationToken)
    {
        using var response = raging
            ? await http.PostAsJsonAsync("_sim/faults", new JsonObject
            {
                ["status"] = StatusCodes.Status429TooManyRequests, ["count"] = 1_000_000, ["route"] = Route, ["retryAfterSec"] = 2,
                ["code"] = "TooManyRequests",
            }, cancellationToken)
            : await http.DeleteAsync("_sim/faults", cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    public override ValueTask DisposeAsync()
    {
        http.Dispose();
        return ValueTask.CompletedTask;
    }
}

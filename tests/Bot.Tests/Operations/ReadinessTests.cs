using System.Net;
using System.Text.Json.Nodes;
using KommunalBot.Bot.Tests.TestHost;

namespace KommunalBot.Bot.Tests.Operations;

/// A bot without its knowledge base is alive but not ready: the load balancer sends it no traffic, nobody restarts it.
public sealed class ReadinessTests : BotTest
{
    protected override Dictionary<string, string?> Settings => new() { ["Knowledge:Path"] = Path.Combine(Path.GetTempPath(), "no-such-knowledge-" + Guid.NewGuid()) };

    [Fact]
    public async Task WithoutKnowledgeFolder_IsAliveButNotReady_NamingTheCheck()
    {
        var live = await bot.Http.GetAsync("/healthz");
        var ready = await bot.Http.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("ok", JsonNode.Parse(await live.Content.ReadAsStringAsync())!["status"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var body = JsonNode.Parse(await ready.Content.ReadAsStringAsync())!;
        Assert.Equal("not ready", body["status"]!.GetValue<string>());
        Assert.Equal("not ready", body["checks"]!["knowledge"]!.GetValue<string>());
        Assert.Equal("ready", body["checks"]!["store"]!.GetValue<string>());
    }
}

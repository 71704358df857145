using System.Net;
using System.Text.Json.Nodes;
using KommunalBot.Bot.Tests.TestHost;

namespace KommunalBot.Bot.Tests.Protocol;

public sealed class EndpointTests : BotTest
{
    protected override Dictionary<string, string?> Settings => new() { ["Bot:MaxActivityBytes"] = "20000" };

    [Fact]
    public async Task Post_MalformedJson_Gets400()
    {
        var token = bot.Channel.CreateToken(bot.AppId, bot.Clock.GetUtcNow());

        var response = await bot.PostAsync("{\"type\": \"message\", ", "Bearer " + token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_JsonWithoutType_Gets400()
    {
        var token = bot.Channel.CreateToken(bot.AppId, bot.Clock.GetUtcNow());

        var response = await bot.PostAsync("""{"text":"hallo"}""", "Bearer " + token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_BodyOverTheLimit_Gets413AndNothingIsSent()
    {
        var response = await bot.SendAsync(bot.Activity().Message(new string('x', 30_000)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(bot.Channel.ConnectorCalls);
    }

    [Fact]
    public async Task Post_UnknownActivityType_IsAcknowledgedAndIgnored()
    {
        var response = await bot.SendAsync(bot.Activity().Of("somethingNew"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(bot.Channel.ConnectorCalls);
    }

    [Fact]
    public async Task Post_UnknownFieldsInActivity_AreTolerated()
    {
        var activity = bot.Activity().Message("hilfe");
        activity["futureField"] = new JsonObject { ["nested"] = 1 };

        var response = await bot.SendAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(bot.Channel.ConnectorCalls);
    }

    [Fact]
    public async Task Invoke_UnknownCardVerb_TellsTheUserTheButtonNoLongerWorks()
    {
        var response = await bot.SendAsync(bot.Activity().Execute("nobody.handles.this"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.activity.message", body["type"]!.GetValue<string>());
        Assert.Contains("hilfe", body["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task Invoke_UnknownInvokeName_Gets501()
    {
        var activity = bot.Activity().Of("invoke");
        activity["name"] = "composeExtension/query";

        var response = await bot.SendAsync(activity);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task Invoke_WithoutAction_Gets400WithErrorBody()
    {
        var activity = bot.Activity().Of("invoke");
        activity["name"] = "adaptiveCard/action";
        activity["value"] = new JsonObject { ["trigger"] = "manual" };

        var response = await bot.SendAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.error", body["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Invoke_KnownVerb_AnswersWithInvokeResponse()
    {
        var response = await bot.SendAsync(bot.Activity().Execute("help.show"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        Assert.Single(bot.Channel.ConnectorCalls);
    }

    [Fact]
    public async Task Get_ApiMessages_Gets405()
    {
        var response = await bot.Http.GetAsync("/api/messages");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Health_AndReadiness_AreUp()
    {
        Assert.Equal(HttpStatusCode.OK, (await bot.Http.GetAsync("/healthz")).StatusCode);
        var ready = await bot.Http.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Contains("\"store\":\"ready\"", await ready.Content.ReadAsStringAsync());
    }
}

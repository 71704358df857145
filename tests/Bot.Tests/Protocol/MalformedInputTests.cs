using System.Net;
using System.Text.Json.Nodes;
using KommunalBot.Bot.Tests.TestHost;

namespace KommunalBot.Bot.Tests.Protocol;

/// The probe's targeted inputs: each gets a clear 4xx or a friendly answer, never a 500.
public sealed class MalformedInputTests : BotTest
{
    [Fact]
    public async Task Post_TextPlainBody_Gets415AndNothingIsProcessed()
    {
        using var content = new StringContent(bot.Activity().Message("hilfe").ToJsonString(), System.Text.Encoding.UTF8, "text/plain");
        var token = bot.Channel.CreateToken(bot.AppId, bot.Clock.GetUtcNow());
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = content };
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + token);

        var response = await bot.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Empty(bot.Channel.ConnectorCalls);
    }

    [Fact]
    public async Task Message_WithAMentionEntityOfTheWrongShape_IsAnswered()
    {
        var activity = bot.Activity().Message("hilfe");
        activity["entities"] = JsonNode.Parse("""[{"type":0},{"type":"mention","mentioned":"x","text":7},42]""");

        var response = await bot.SendAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(bot.Channel.Messages);
    }

    [Theory]
    [InlineData("""{"action":{"type":7,"verb":"ask.services"}}""")]
    [InlineData("""{"action":{"type":"Action.Execute","verb":{"x":1}}}""")]
    [InlineData("""{"action":"Action.Execute"}""")]
    [InlineData("""[1,2]""")]
    public async Task Invoke_WithFieldsOfTheWrongType_Gets400WithAnErrorBody(string value)
    {
        var activity = bot.Activity().Execute("ask.services");
        activity["value"] = JsonNode.Parse(value);

        var response = await bot.SendAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("BadRequest", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Invoke_VerbWithALoneSurrogate_IsRefusedWithoutAnError()
    {
        var body = bot.Activity().Execute("VERB").ToJsonString().Replace("\"VERB\"", "\"ask.\\ud800\"", StringComparison.Ordinal);

        var response = await bot.PostAsync(body, "Bearer " + bot.Channel.CreateToken(bot.AppId, bot.Clock.GetUtcNow()));

        Assert.True((int)response.StatusCode < 500, $"got {(int)response.StatusCode}");
        Assert.DoesNotContain(bot.Logs.Entries, e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Error);
    }

    [Fact]
    public async Task Message_WithAnOverlongConversationId_Gets400()
    {
        var activity = bot.Activity().Message("hilfe");
        activity["conversation"]!["id"] = new string('a', 600);

        var response = await bot.SendAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(bot.Channel.ConnectorCalls);
    }

    [Theory]
    [InlineData("tenant")]
    [InlineData("conversation")]
    public async Task Message_WithANewlineInAnId_Gets400AndForgesNoLogLine(string field)
    {
        var activity = bot.Activity().Message("hilfe");
        if (field == "tenant")
        {
            activity["channelData"]!["tenant"]!["id"] = BotApp.AllowedTenant + "\nFORGED Admin logged in";
        }
        else
        {
            activity["conversation"]!["id"] = "a:1\u001b[31mFORGED";
        }

        var response = await bot.SendAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(bot.Logs.Entries, e => e.Message.Contains('\n') || e.Message.Contains('\u001b') || e.Scope.Contains('\u001b'));
    }

    [Fact]
    public async Task Message_ConversationIdDotDot_IsAnsweredAndStored()
    {
        var activity = bot.Activity().Message("hilfe");
        activity["conversation"]!["id"] = "..";

        var response = await bot.SendAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(bot.Channel.Messages);
    }

    [Fact]
    public async Task Message_ServiceUrlThatIsNoUrl_Gets400()
    {
        var activity = bot.Activity().Message("hilfe");
        activity["serviceUrl"] = "not a url";

        var response = await bot.PostAsync(activity.ToJsonString(), "Bearer " + bot.Channel.CreateToken(bot.AppId, bot.Clock.GetUtcNow(), serviceUrl: "not a url"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    /// Scheme and host compare case-insensitively (RFC 3986), the path exactly.
    [Theory]
    [InlineData("/emea/", "/EMEA/", HttpStatusCode.Unauthorized)]
    [InlineData("http://127.0.0.1", "HTTP://127.0.0.1", HttpStatusCode.OK)]
    public async Task Message_ServiceUrlClaimDifferingInCase_IsJudgedPerPart(string part, string claimedAs, HttpStatusCode expected)
    {
        var activity = bot.Activity().Message("hilfe");
        var token = bot.Channel.CreateToken(bot.AppId, bot.Clock.GetUtcNow(), serviceUrl: bot.Channel.ServiceUrl.Replace(part, claimedAs, StringComparison.Ordinal));

        var response = await bot.PostAsync(activity.ToJsonString(), "Bearer " + token);

        Assert.Equal(expected, response.StatusCode);
    }
}

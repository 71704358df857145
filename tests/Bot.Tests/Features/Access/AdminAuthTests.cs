using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using KommunalBot.Bot.Tests.TestHost;

namespace KommunalBot.Bot.Tests.Features.Access;

/// The admin API accepts Entra ID tokens of the operator's tenant only, and says why it refuses.
public sealed class AdminAuthTests : BotTest
{
    private const string Path = "/admin/knowledge-gaps";

    [Fact]
    public async Task Editor_WithAValidToken_Gets200()
    {
        var response = await SendAsync(Token(BotApp.EditorObjectId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Token_ExpiredWithinTheFiveMinuteSkew_IsAccepted()
    {
        var response = await SendAsync(Token(BotApp.EditorObjectId, issuedFor: bot.Clock.GetUtcNow().AddHours(-1).AddMinutes(-3)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Token_ExpiredBeyondTheSkew_Gets401Problem()
    {
        var response = await SendAsync(Token(BotApp.EditorObjectId, issuedFor: bot.Clock.GetUtcNow().AddHours(-1).AddMinutes(-6)));

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized, "bearer token");
    }

    [Fact]
    public async Task Token_ForAnotherAudience_Gets401Problem()
    {
        var response = await SendAsync(Token(BotApp.EditorObjectId, audience: "api://" + Guid.NewGuid()));

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized, "bearer token");
    }

    [Fact]
    public async Task Token_IssuedByAnotherTenant_Gets401Problem()
    {
        var token = bot.Channel.CreateAdminToken(Guid.NewGuid().ToString(), BotApp.EditorObjectId, "api://" + bot.AppId, bot.Clock.GetUtcNow());

        var response = await SendAsync(token);

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized, "bearer token");
    }

    [Fact]
    public async Task Member_WithoutAnEditorRole_Gets403NamingThePermission()
    {
        var response = await SendAsync(Token("member-without-role"));

        await AssertProblemAsync(response, HttpStatusCode.Forbidden, "'ViewKnowledgeGaps'");
    }

    [Fact]
    public async Task NoToken_Gets401Problem()
    {
        var response = await bot.Http.GetAsync(Path);

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized, "bearer token");
    }

    private string Token(string objectId, string? audience = null, DateTimeOffset? issuedFor = null) =>
        bot.Channel.CreateAdminToken(BotApp.AllowedTenant, objectId, audience ?? "api://" + bot.AppId, issuedFor ?? bot.Clock.GetUtcNow());

    private async Task<HttpResponseMessage> SendAsync(string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await bot.Http.SendAsync(request);
    }

    internal static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string detail)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal((int)status, problem["status"]!.GetValue<int>());
        Assert.Contains(detail, problem["detail"]!.GetValue<string>());
    }
}

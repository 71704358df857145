using System.Net;
using System.Text.Json.Nodes;
using KommunalBot.Bot.Tests.TestHost;

namespace KommunalBot.Bot.Tests.Features.Privacy;

/// An operator answers a DSGVO request: export, then erase, what the bot stores about one person.
public sealed class PrivacyTests : BotTest
{
    private const string Path = "/admin/personal-data/" + ActivityBuilder.UserAadObjectId;

    [Fact]
    public async Task Export_ListsTheConversationAndTheRememberedService()
    {
        await bot.SendAsync(bot.Activity().Message("Was kostet die Nachnutzung der EfA Einbürgerung?"));

        var response = await bot.AdminAsync(HttpMethod.Get, Path, BotApp.AdminObjectId);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var export = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(ActivityBuilder.PersonalConversationId, export["conversationReferences"]![0]!["conversationId"]!.GetValue<string>());
        Assert.Equal("einbuergerung", export["askContext"]![0]!["lastServiceId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Delete_ErasesTheConversationAndTheRememberedService()
    {
        await bot.SendAsync(bot.Activity().Message("Was kostet die Nachnutzung der EfA Einbürgerung?"));

        var deleted = await bot.AdminAsync(HttpMethod.Delete, Path, BotApp.AdminObjectId);
        var export = JsonNode.Parse(await (await bot.AdminAsync(HttpMethod.Get, Path, BotApp.AdminObjectId)).Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Empty(export["conversationReferences"]!.AsArray());
        Assert.Empty(export["askContext"]!.AsArray());
    }

    [Fact]
    public async Task Export_ByAnEditor_Gets403()
    {
        var response = await bot.AdminAsync(HttpMethod.Get, Path, BotApp.EditorObjectId);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}

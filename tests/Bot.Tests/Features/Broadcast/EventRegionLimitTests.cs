using System.Net;
using System.Text.Json.Nodes;
using KommunalBot.Bot.Features.Broadcast.Events;
using KommunalBot.Bot.Tests.Features.Delivery;
using KommunalBot.Bot.Tests.TestHost;

namespace KommunalBot.Bot.Tests.Features.Broadcast;

/// An editor limited to NRW cannot send an event for Bayern (or for everywhere), in Teams or through the admin API.
public sealed class EventRegionLimitTests : BotTest
{
    protected override Dictionary<string, string?> Settings => new()
    {
        ["Broadcast:EditorAudiences:0:ObjectId"] = BotApp.EditorObjectId,
        ["Broadcast:EditorAudiences:0:Regions:0"] = "NRW",
    };

    [Theory]
    [InlineData("Bayern")]
    [InlineData("alle")]
    public async Task Veranstaltung_OutsideTheEditorsRegion_IsRefused_NothingStored(string region)
    {
        var form = new JsonObject
        {
            ["title"] = "Digitalwerkstatt", ["organiser"] = "BayKommun", ["startDate"] = $"{bot.Clock.GetUtcNow().Year + 1}-01-14",
            ["startTime"] = "10:00", ["endTime"] = "12:00", ["place"] = "Ebersberg", ["region"] = region,
        };

        var refusal = await Deliveries.InvokeValueAsync(await bot.SendAsync(Deliveries.Editor(bot).Execute(EventInput.Verb, form)));
        var api = await EventFixture.AdminAsync(bot, HttpMethod.Post, "/admin/broadcast/events", BotApp.EditorObjectId, new JsonObject
        {
            ["title"] = "Digitalwerkstatt", ["organiser"] = "BayKommun", ["start"] = $"{bot.Clock.GetUtcNow().Year + 1}-01-14T10:00",
            ["end"] = $"{bot.Clock.GetUtcNow().Year + 1}-01-14T12:00", ["place"] = "Ebersberg", ["region"] = region,
        });

        Assert.Equal("Das können Sie nicht senden: Sie senden nur für NRW, und die Region muss darin liegen.", (string?)refusal);
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        await foreach (var _ in bot.Services.GetRequiredService<EventStore>().ListAsync(CancellationToken.None))
        {
            Assert.Fail("an event was stored");
        }
    }
}

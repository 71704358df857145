using System.Net;
using System.Text.Json.Nodes;
using KommunalBot.Bot.Features.Delivery;
using KommunalBot.Bot.Tests.Features.Privacy;
using KommunalBot.Bot.Tests.TestHost;

namespace KommunalBot.Bot.Tests.Features.Delivery;

/// A person's deliveries into their 1:1 chat answer access and erasure requests; channel deliveries and other
/// people's stay. They are found through a by-person index written at enqueue, not by reading every record.
public sealed class DeliveryPrivacyTests : BotTest
{
    private const string Notification = "consult-bk-2027-0042-assigned";
    private const string Digest = "broadcast-digest-2027-03";

    private readonly TestPerson person = new();

    [Fact]
    public async Task Enqueue_ToPeople_IndexesEachPersonalDeliveryButNoChannel()
    {
        await SendAsync();

        var index = await Deliveries.KeysAsync(bot, DeliveryPersonIndex.Prefix);

        Assert.Equal(3, index.Count); // the person twice, the colleague once
        Assert.Equal(2, index.Count(k => k.StartsWith(DeliveryPersonIndex.Prefix + person.ObjectId + "/", StringComparison.Ordinal)));
        Assert.DoesNotContain(index, k => k.Contains("thread.tacv2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Export_ListsThePersonsDeliveriesOnly()
    {
        await SendAsync();

        var deliveries = (await ExportAsync())["deliveries"]!.AsArray();

        Assert.Equal(new[] { Digest, Notification }, deliveries.Select(d => d!["contentId"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        var notification = deliveries.Single(d => d!["contentId"]!.GetValue<string>() == Notification)!;
        Assert.Equal($"{person.Name}, Ihre Anfrage BK-2027-0042 wurde angenommen", notification["summary"]!.GetValue<string>());
        Assert.Equal("Sent", notification["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task Erase_DeletesThePersonsRecordsAndWhatWentToThemAlone_AndKeepsTheRest()
    {
        await SendAsync();

        var deleted = await bot.AdminAsync(HttpMethod.Delete, "/admin/personal-data/" + person.ObjectId, BotApp.AdminObjectId);

        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Equal(2, JsonNode.Parse(await deleted.Content.ReadAsStringAsync())!["deliveries"]!.GetValue<int>());
        Assert.Empty((await ExportAsync())["deliveries"]!.AsArray());
        Assert.Null(await Deliveries.StoredAsync(bot, Notification)); // it named them and went to nobody else
        var digest = (await Deliveries.Outbox(bot).ReportAsync(Digest, CancellationToken.None))!;
        Assert.Equal(2, digest.Total); // the channel and the colleague
        Assert.Single(await Deliveries.KeysAsync(bot, DeliveryPersonIndex.Prefix)); // the colleague's
    }

    /// A personal notification to the person, and a digest to a channel, the person and a colleague.
    private async Task SendAsync()
    {
        var mine = await Deliveries.PersonalAsync(bot, person.In(bot.Activity()));
        var colleague = await Deliveries.PersonalAsync(bot, bot.Activity().From("29:1-colleague", "c011ea90-0000-4000-8000-000000000001", "Kollege"));
        var channel = await Deliveries.ChannelAsync(bot);
        await Deliveries.SendAsync(bot, Deliveries.Content(Notification, $"{person.Name}, Ihre Anfrage BK-2027-0042 wurde angenommen"), mine);
        await Deliveries.SendAsync(bot, Deliveries.Content(Digest, "Digest März"), channel, mine, colleague);
    }

    private async Task<JsonNode> ExportAsync()
    {
        var response = await bot.AdminAsync(HttpMethod.Get, "/admin/personal-data/" + person.ObjectId, BotApp.AdminObjectId);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }
}

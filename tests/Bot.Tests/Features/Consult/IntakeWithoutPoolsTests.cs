using System.Text.Json.Nodes;
using KommunalBot.Bot.Tests.TestHost;

namespace KommunalBot.Bot.Tests.Features.Consult;

/// A bot installed without advisor pools (the defaults): nobody would read a request, so none is taken.
public sealed class IntakeWithoutPoolsTests : BotTest
{
    [Fact]
    public async Task Beratung_WithoutAnAdvisorPool_SaysConsultingIsNotSetUp_AndStoresNothing()
    {
        await bot.SendAsync(bot.Activity().Message("beratung"));
        using var submitted = await bot.SendAsync(bot.Activity().Execute("consult.submit", new JsonObject
        {
            ["topic"] = "Sonstiges", ["organisation"] = "Stadt Musterstadt", ["region"] = "Bayern", ["urgency"] = "Normal",
            ["description"] = "Wie binden wir den EfA-Dienst Wohngeld an unser Fachverfahren an?", ["consent"] = "true",
        }));

        Assert.Contains("noch nicht eingerichtet", bot.Channel.Messages[^1].Text, StringComparison.Ordinal);
        Assert.Contains("noch nicht eingerichtet", await submitted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await foreach (var document in bot.Services.GetRequiredService<KommunalBot.Bot.Storage.IDocumentStore>().ListAsync("consult/", CancellationToken.None))
        {
            Assert.Fail($"stored {document.Key}");
        }
    }
}

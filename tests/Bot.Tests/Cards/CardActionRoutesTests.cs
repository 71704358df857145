using KommunalBot.Bot.Protocol;
using KommunalBot.Bot.Tests.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace KommunalBot.Bot.Tests.Cards;

/// A payload record is only worth its name when a feature of the running bot handles its verb.
public sealed class CardActionRoutesTests : BotTest
{
    [Fact]
    public void Routes_EveryPayloadRecord_HasAHandlerInTheBot()
    {
        var routes = new BotRoutes();
        foreach (var feature in bot.Services.GetServices<IBotFeature>())
        {
            feature.Register(routes);
        }

        Assert.NotEmpty(CardRecords.Actions);
        Assert.All(CardRecords.Actions.Keys, verb => Assert.True(routes.CardVerbs.ContainsKey(verb), $"no feature routes {verb}"));
    }
}

using System.Net;
using KommunalBot.Bot.Tests.TestHost;

namespace KommunalBot.Bot.Tests.Protocol;

/// Tokens of the Bot Framework Emulator (an Entra ID token for the bot's app id, no endorsements).
public sealed class EmulatorAuthTests : BotTest
{
    [Theory]
    [InlineData("1.0")]
    [InlineData("2.0")]
    public async Task EmulatorToken_ForThisBot_IsAccepted(string version)
    {
        var activity = bot.Activity().Message("hilfe");
        activity["channelId"] = "emulator";

        var response = await bot.PostAsync(activity.ToJsonString(), "Bearer " + bot.Channel.CreateEmulatorToken(bot.AppId, bot.Clock.GetUtcNow(), version));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(bot.Channel.Messages);
    }

    [Fact]
    public async Task EmulatorToken_ForAnotherApp_Gets401()
    {
        var token = bot.Channel.CreateEmulatorToken(Guid.NewGuid().ToString(), bot.Clock.GetUtcNow());

        var response = await bot.PostAsync(bot.Activity().Message("hilfe").ToJsonString(), "Bearer " + token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}

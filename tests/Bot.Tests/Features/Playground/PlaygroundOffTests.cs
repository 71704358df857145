using System.Net;
using KommunalBot.Bot.Tests.TestHost;

namespace KommunalBot.Bot.Tests.Features.Playground;

/// In Production the playground does not exist unless an operator switches it on.
public sealed class PlaygroundOffTests : BotTest
{
    [Theory]
    [InlineData("GET", "/playground/roles")]
    [InlineData("POST", "/playground/session")]
    [InlineData("POST", "/playground/directline/v3/directline/conversations")]
    public async Task Production_WithoutTheSetting_Has404(string method, string path)
    {
        var response = await bot.Http.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

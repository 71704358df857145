using System.Net;
using KommunalBot.Bot.Tests.TestHost;

namespace KommunalBot.Bot.Tests.Features.Access;

/// When Entra's metadata cannot be read the admin API says "try later" (503), not "your token is bad".
public sealed class AdminMetadataTests : BotTest
{
    // Port 1 on loopback: nothing listens there, so every metadata request is refused at once.
    protected override Dictionary<string, string?> Settings => new() { ["Admin:Authority"] = "http://127.0.0.1:1/tenant/v2.0" };

    [Fact]
    public async Task AdminCall_WhenTheMetadataCannotBeRead_Gets503Problem()
    {
        var response = await bot.AdminAsync(HttpMethod.Get, "/admin/knowledge-gaps", BotApp.EditorObjectId);

        await AdminAuthTests.AssertProblemAsync(response, HttpStatusCode.ServiceUnavailable, "metadata");
    }
}

using KommunalBot.Bot.Tests.TestHost;

namespace KommunalBot.Bot.Tests.Protocol;

/// Bad settings stop the start with a message naming each one.
public sealed class StartupValidationTests
{
    [Theory]
    [InlineData("MicrosoftAppPassword", null, "MicrosoftAppPassword is required")]
    [InlineData("MicrosoftAppType", "Federated", "MicrosoftAppType must be")]
    [InlineData("MicrosoftAppId", "not-a-guid", "MicrosoftAppId must be the GUID")]
    [InlineData("Storage:Provider", "Cosmos", "Storage:Provider")]
    [InlineData("Admin:Authority", null, "Admin:Authority is empty and MicrosoftAppTenantId is not set")]
    [InlineData("Admin:Authority", "login.example.org/tenant", "Admin:Authority must be an absolute https URL")]
    [InlineData("Bot:TurnTimeout", "00:00:00", "Bot:TurnTimeout must be a positive time span")]
    [InlineData("Ask:KnowledgePath", "knowledge", "Ask:KnowledgePath is now Knowledge:Path")]
    [InlineData("Knowledge:PublishedCheckInterval", "00:00:00", "Knowledge:PublishedCheckInterval must be a positive time span")]
    public async Task Start_WithABadSetting_FailsNamingIt(string key, string? value, string expected)
    {
        var error = await BotApp.StartFailureAsync(new() { [key] = value });

        Assert.Contains(expected, error.ToString());
    }
}

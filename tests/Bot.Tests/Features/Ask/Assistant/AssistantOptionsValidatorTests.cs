using KommunalBot.Bot.Features.Ask.Assistant;

namespace KommunalBot.Bot.Tests.Features.Ask.Assistant;

public sealed class AssistantOptionsValidatorTests
{
    [Fact]
    public void Validate_DisabledWithNothingSet_Succeeds() =>
        Assert.True(new AssistantOptionsValidator().Validate(null, new AssistantOptions()).Succeeded);

    [Fact]
    public void Validate_EnabledWithBadSettings_NamesEveryBadSetting()
    {
        var options = new AssistantOptions
        {
            Enabled = true,
            Endpoint = "ftp://llm",
            Timeout = TimeSpan.Zero,
            MaxPassages = 0,
            Temperature = 3,
        };

        var result = new AssistantOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        foreach (var key in new[] { "Endpoint", "ApiKey", "Model", "Timeout", "MaxPassages", "Temperature" })
        {
            Assert.Contains($"Ask:Assistant:{key} ", result.FailureMessage, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Validate_EnabledAzureSettings_Succeeds()
    {
        var options = new AssistantOptions
        {
            Enabled = true,
            Endpoint = "https://kommunalbot.openai.azure.com/openai/v1/",
            ApiKey = "secret",
            Model = "gpt-4.1-mini",
        };

        Assert.True(new AssistantOptionsValidator().Validate(null, options).Succeeded);
    }
}

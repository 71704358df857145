using KommunalBot.Bot.Features.Ask.Assistant;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KommunalBot.Bot.Tests.Features.Ask.Assistant;

/// A host with nothing but the assistant, configured like production through `Ask:Assistant`.
internal sealed class AssistantHost : IAsyncDisposable
{
    private readonly IHost host;

    private AssistantHost(IHost host, RecordingLoggerProvider logs)
    {
        this.host = host;
        Logs = logs;
    }

    public RecordingLoggerProvider Logs { get; }

    public IAnswerPhraser Phraser => host.Services.GetRequiredService<IAnswerPhraser>();

    public static async Task<AssistantHost> StartAsync(string endpoint, bool enabled = true, TimeSpan? timeout = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Development" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Ask:Assistant:Enabled"] = enabled ? "true" : "false",
            ["Ask:Assistant:Endpoint"] = endpoint,
            ["Ask:Assistant:ApiKey"] = "test-key",
            ["Ask:Assistant:Model"] = "test-model",
            ["Ask:Assistant:Timeout"] = (timeout ?? TimeSpan.FromSeconds(8)).ToString(),
        });
        var logs = new RecordingLoggerProvider();
        builder.Logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs);
        builder.AddAskAssistant();
        var host = builder.Build();
        await host.StartAsync();
        return new AssistantHost(host, logs);
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }
}

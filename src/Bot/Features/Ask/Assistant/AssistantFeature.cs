using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Features.Ask.Assistant;

public static class AssistantFeature
{
    /// The optional AI assistant (section `Ask:Assistant`): registers <see cref="IAnswerPhraser"/>,
    /// the OpenAI-compatible phraser when enabled, else one that always falls back to the retrieval answer.
    public static IHostApplicationBuilder AddAskAssistant(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(AssistantOptions.Section);
        builder.Services.AddOptions<AssistantOptions>().Bind(section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<AssistantOptions>, AssistantOptionsValidator>();
        if (!section.GetValue<bool>(nameof(AssistantOptions.Enabled)))
        {
            builder.Services.AddSingleton<IAnswerPhraser, NoAnswerPhraser>();
            return builder;
        }

        builder.Services.TryAddSingleton(TimeProvider.System);
        // The phraser is a singleton holding one HttpClient: recycle pooled connections so DNS changes are seen.
        builder.Services.AddHttpClient(OpenAiAnswerPhraser.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        builder.Services.AddSingleton<IAnswerPhraser, OpenAiAnswerPhraser>();
        return builder;
    }
}

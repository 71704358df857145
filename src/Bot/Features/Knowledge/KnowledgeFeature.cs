using KommunalBot.Bot.Operations;
using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Features.Knowledge;

public static class KnowledgeFeature
{
    /// The knowledge base (files of section `Knowledge` plus editor-published items in the store), its
    /// readiness check, and <see cref="IKnowledgePublisher"/> for the features that publish.
    public static IHostApplicationBuilder AddKnowledge(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<KnowledgeOptions>().Bind(builder.Configuration.GetSection(KnowledgeOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<KnowledgeOptions>, KnowledgeOptionsValidator>();
        services.AddSingleton<PublishedStore>();
        services.AddSingleton(CreateHost);
        services.AddHostedService(sp => sp.GetRequiredService<KnowledgeHost>());
        services.AddHostedService<PublishedKnowledgeCheck>();
        services.AddSingleton<IKnowledgePublisher, KnowledgePublisher>();
        services.AddHealthChecks().AddCheck<KnowledgeHealthCheck>("knowledge", tags: [OperationsFeature.ReadyTag]);
        return builder;
    }

    // The host is public (features read its knowledge base) but built from internal parts, which DI's
    // constructor lookup (public constructors only) cannot see.
    private static KnowledgeHost CreateHost(IServiceProvider services) => new(
        services.GetRequiredService<IOptions<KnowledgeOptions>>(),
        services.GetRequiredService<IHostEnvironment>(),
        services.GetRequiredService<PublishedStore>(),
        services.GetRequiredService<TimeProvider>(),
        services.GetRequiredService<ILogger<KnowledgeHost>>());
}

using KommunalBot.Bot.Protocol.Auth;
using KommunalBot.Bot.Protocol.Connector;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Protocol;

public static class ProtocolSetup
{
    /// Inbound auth, connector client, router and conversation references.
    public static IHostApplicationBuilder AddBotProtocol(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<BotAuthOptions>().Bind(builder.Configuration).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotAuthOptions>, BotAuthOptionsValidator>();
        services.AddOptions<ConnectorOptions>().Bind(builder.Configuration.GetSection("Connector")).ValidateOnStart();
        services.AddOptions<BotOptions>().Bind(builder.Configuration.GetSection("Bot")).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotOptions>, BotOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);

        services.AddHttpClient(OpenIdMetadata.HttpClientName);
        services.AddHttpClient(ConnectorTokenProvider.HttpClientName);
        services.AddSingleton<OpenIdMetadata>();
        services.AddSingleton<InboundAuthenticator>();
        services.AddSingleton<ConnectorTokenProvider>();
        services.AddSingleton<ServiceUrlTrust>();
        services.AddSingleton<ServiceUrlTrustLoader>();
        services.AddHostedService(sp => sp.GetRequiredService<ServiceUrlTrustLoader>());
        services.AddTransient<ConnectorAuthHandler>();
        services.AddHttpClient(ConnectorClient.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30))
            .AddHttpMessageHandler<ConnectorAuthHandler>();
        services.AddSingleton<ConnectorClient>();
        services.AddSingleton<BotRouter>();
        services.AddSingleton<TurnRunner>();
        services.AddSingleton<ConversationReferenceStore>();
        services.AddSingleton<ITurnMiddleware, ConversationReferenceMiddleware>();
        services.AddSingleton<DuplicateActivities>();
        services.AddSingleton<ITurnMiddleware>(sp => sp.GetRequiredService<DuplicateActivities>());
        services.AddHostedService<DuplicateSweeper>();
        return builder;
    }

    public static IEndpointRouteBuilder MapBotEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/messages", BotEndpoint.HandleAsync);
        return endpoints;
    }
}

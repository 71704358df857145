using KommunalBot.Bot.Features.Access;
using KommunalBot.Bot.Protocol.Auth;
using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Features.Playground;

/// The playground: try the bot in a browser, without Teams, a tenant or the Emulator. On in Development, elsewhere
/// only with Playground:Enabled=true; off, none of its endpoints exist.
public static class PlaygroundFeature
{
    public static IHostApplicationBuilder AddPlayground(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<PlaygroundOptions>().Bind(builder.Configuration.GetSection("Playground"));
        if (!IsOn(builder.Configuration, builder.Environment))
        {
            return builder;
        }

        builder.Services.AddSingleton<IPostConfigureOptions<AccessOptions>, PlaygroundAccess>();
        builder.Services.AddSingleton<PlaygroundConversations>();
        builder.Services.AddSingleton<PlaygroundAddress>();
        builder.Services.AddSingleton<PlaygroundTurns>();
        return builder;
    }

    public static IEndpointRouteBuilder MapPlayground(this IEndpointRouteBuilder endpoints)
    {
        var services = endpoints.ServiceProvider;
        var options = services.GetRequiredService<IOptions<PlaygroundOptions>>().Value;
        if (!options.IsOn(services.GetRequiredService<IHostEnvironment>()))
        {
            return endpoints;
        }

        var address = services.GetRequiredService<PlaygroundAddress>();
        services.GetRequiredService<IHostApplicationLifetime>().ApplicationStarted.Register(address.OnStarted);

        var playground = endpoints.MapGroup("/playground");
        if (!options.AllowsRemoteCallers)
        {
            playground.AddEndpointFilter(async (context, next) =>
                LocalCaller.IsLocal(context.HttpContext) ? await next(context) : TypedResults.Problem(
                    "The playground answers callers on this machine only; set Playground:Enabled=true to open it.", statusCode: StatusCodes.Status403Forbidden));
        }

        playground.MapGet("/roles", DirectLineEndpoints.Roles);
        playground.MapPost("/session", DirectLineEndpoints.StartSessionAsync);
        var directLine = playground.MapGroup(DirectLineEndpoints.BasePath["/playground".Length..]);
        directLine.MapPost("/conversations", DirectLineEndpoints.StartConversationAsync);
        directLine.MapPost("/tokens/refresh", DirectLineEndpoints.RefreshToken);
        directLine.MapPost("/conversations/{conversationId}/activities", DirectLineEndpoints.PostActivityAsync);
        directLine.MapGet("/conversations/{conversationId}/activities", DirectLineEndpoints.GetActivities);
        PlaygroundConnectorEndpoints.Map(playground.MapGroup(PlaygroundAddress.ConnectorPath["/playground".Length..].TrimEnd('/')));
        return endpoints;
    }

    private static bool IsOn(IConfiguration configuration, IHostEnvironment environment) =>
        (configuration.GetSection("Playground").Get<PlaygroundOptions>() ?? new PlaygroundOptions()).IsOn(environment);
}

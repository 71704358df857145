using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace KommunalBot.Bot.Features.Playground;

/// The playground's browser page and Microsoft's Web Chat bundle, both embedded in the assembly by the build
/// (src/Bot/Playground, installed from its npm lock file), so the page works offline and the image needs no Node.js.
/// Served whenever the playground is on (PlaygroundOptions), to any caller: the page holds nothing but itself, and
/// its requests for roles and sessions meet the playground's own caller check.
internal static class PlaygroundPage
{
    private static readonly EntityTagHeaderValue Version =
        new('"' + typeof(PlaygroundPage).Assembly.ManifestModule.ModuleVersionId.ToString("N") + '"');

    public static IEndpointRouteBuilder MapPlaygroundPage(this IEndpointRouteBuilder endpoints)
    {
        var services = endpoints.ServiceProvider;
        if (!services.GetRequiredService<IOptions<PlaygroundOptions>>().Value.IsOn(services.GetRequiredService<IHostEnvironment>()))
        {
            return endpoints;
        }

        endpoints.MapGet("/playground", () => Embedded("playground/index.html", "text/html; charset=utf-8"));
        endpoints.MapGet("/playground/webchat.js", () => Embedded("playground/webchat.js", "text/javascript; charset=utf-8"));
        return endpoints;
    }

    // The ETag changes with every build, so a browser revalidates instead of downloading Web Chat's 4 MB again.
    private static IResult Embedded(string name, string contentType) =>
        TypedResults.Stream(
            typeof(PlaygroundPage).Assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"The build did not embed {name} (see KommunalBot.Bot.csproj)."),
            contentType,
            entityTag: Version);
}

using KommunalBot.Bot.Storage;

namespace KommunalBot.Bot.Operations;

/// Health and readiness endpoints, structured logs with scopes (the per-turn correlation id).
public static class OperationsFeature
{
    public static IHostApplicationBuilder AddOperations(this IHostApplicationBuilder builder)
    {
        builder.Logging.AddSimpleConsole(options =>
        {
            options.IncludeScopes = true;
            options.SingleLine = true;
            options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
            options.UseUtcTimestamp = true;
        });
        builder.Services.AddSingleton<IReadinessCheck, StoreReadiness>();
        return builder;
    }

    public static IEndpointRouteBuilder MapOperations(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", () => TypedResults.Ok(new { status = "ok" }));
        endpoints.MapGet("/readyz", ReadyAsync);
        return endpoints;
    }

    private static async Task<IResult> ReadyAsync(IEnumerable<IReadinessCheck> checks, CancellationToken cancellationToken)
    {
        var results = new Dictionary<string, string>();
        foreach (var check in checks)
        {
            results[check.Name] = await check.IsReadyAsync(cancellationToken) ? "ready" : "not ready";
        }

        var ready = results.Values.All(v => v == "ready");
        return ready
            ? TypedResults.Ok(new { status = "ready", checks = results })
            : TypedResults.Json(new { status = "not ready", checks = results }, statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    private sealed class StoreReadiness(IDocumentStore store) : IReadinessCheck
    {
        public string Name => "store";

        public async Task<bool> IsReadyAsync(CancellationToken cancellationToken)
        {
            try
            {
                return await store.PingAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                return false;
            }
        }
    }
}

using KommunalBot.Bot.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KommunalBot.Bot.Operations;

/// Ready when the document store answers. An exception counts as "not ready" (the health check service catches it).
internal sealed class StoreHealthCheck(IDocumentStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await store.PingAsync(cancellationToken) ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy();
}

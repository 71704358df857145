using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KommunalBot.Bot.Features.Knowledge;

/// Ready once the knowledge base is loaded.
internal sealed class KnowledgeHealthCheck(KnowledgeHost host) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(host.IsLoaded ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy());
}

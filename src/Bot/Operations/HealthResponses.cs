using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KommunalBot.Bot.Operations;

/// The JSON operators' probes read: `{"status":"ok"}` and `{"status":"ready","checks":{"store":"ready",...}}`.
internal static class HealthResponses
{
    public static Task LiveAsync(HttpContext context, HealthReport report) =>
        context.Response.WriteAsJsonAsync(new { status = "ok" });

    public static Task ReadyAsync(HttpContext context, HealthReport report)
    {
        var checks = report.Entries.ToDictionary(e => e.Key, e => Word(e.Value.Status));
        return context.Response.WriteAsJsonAsync(new { status = Word(report.Status), checks });
    }

    private static string Word(HealthStatus status) => status == HealthStatus.Healthy ? "ready" : "not ready";
}

using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Features.Knowledge;

/// Every <see cref="KnowledgeOptions.PublishedCheckInterval"/>: one read of the version document, and a reload of
/// the published items only when another instance changed them. Polling keeps every backend equal (SQLite has no
/// change feed) and costs one small read per interval.
internal sealed class PublishedKnowledgeCheck(KnowledgeHost host, IOptions<KnowledgeOptions> options, TimeProvider timeProvider, ILogger<PublishedKnowledgeCheck> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PublishedCheckInterval, timeProvider);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await host.SyncPublishedAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                KnowledgeLog.PublishedCheckFailed(logger, ex);
            }
        }
    }
}

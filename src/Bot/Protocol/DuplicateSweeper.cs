using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Protocol;

/// Removes expired duplicate-activity claims once per window, so the store holds only the last minutes
/// of activity ids. Deleting with the read etag makes a run on several instances harmless.
internal sealed class DuplicateSweeper(DuplicateActivities duplicates, IOptions<BotOptions> options, TimeProvider timeProvider, ILogger<DuplicateSweeper> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.DuplicateWindow, timeProvider);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await duplicates.SweepAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                ProtocolLog.SweepFailed(logger, ex);
            }
        }
    }
}

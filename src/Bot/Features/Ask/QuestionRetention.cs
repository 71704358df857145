using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Features.Ask;

/// Deletes question records older than <see cref="AskOptions.QuestionRetention"/> once a day (DSGVO: storage limitation).
internal sealed class QuestionRetention(QuestionLog log, IOptions<AskOptions> options, TimeProvider timeProvider, ILogger<QuestionRetention> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromDays(1), timeProvider);
        do
        {
            try
            {
                await PurgeAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Question retention run failed; it runs again tomorrow");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    internal async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        var cutoff = timeProvider.GetUtcNow() - options.Value.QuestionRetention;
        var expired = new List<string>();
        await foreach (var record in log.ListAsync(cancellationToken))
        {
            if (record.AskedUtc < cutoff)
            {
                expired.Add(record.Id);
            }
        }

        foreach (var id in expired)
        {
            await log.DeleteAsync(id, cancellationToken);
        }

        return expired.Count;
    }
}

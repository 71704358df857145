using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Features.Ask;

/// Once a day (DSGVO: storage limitation): deletes question records older than
/// <see cref="AskOptions.QuestionRetention"/> together with their asker links and index entries, and
/// follow-up contexts past <see cref="AskOptions.ContextTimeout"/>.
internal sealed class QuestionRetention(
    QuestionLog log, QuestionAskers askers, ConversationContext context, IOptions<AskOptions> options, TimeProvider timeProvider, ILogger<QuestionRetention> logger)
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

    /// Returns how many question records were deleted.
    internal async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        var cutoff = timeProvider.GetUtcNow() - options.Value.QuestionRetention;
        var deleted = await log.PurgeAsync(cutoff, cancellationToken);
        await askers.PurgeAsync(cutoff, cancellationToken);
        await context.PurgeExpiredAsync(cancellationToken);
        return deleted;
    }
}

using KommunalBot.Bot.Operations.Jobs;
using KommunalBot.Bot.Storage;
using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Features.Ask;

/// Once a day, on one bot instance (DSGVO: storage limitation): deletes question records older than
/// <see cref="AskOptions.QuestionRetention"/> together with their asker links and index entries, and
/// follow-up contexts past <see cref="AskOptions.ContextTimeout"/>.
internal sealed class QuestionRetention(
    QuestionLog log,
    QuestionAskers askers,
    ConversationContext context,
    IOptions<AskOptions> options,
    ILeases leases,
    IOptions<JobsOptions> jobs,
    TimeProvider timeProvider,
    ILogger<QuestionRetention> logger)
    : SingleRunnerJob(leases, jobs, timeProvider, logger)
{
    protected override string JobName => "question-retention";

    protected override TimeSpan Interval => TimeSpan.FromDays(1);

    protected override Task RunAsync(CancellationToken cancellationToken) => PurgeAsync(cancellationToken);

    /// Returns how many question records were deleted.
    internal async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        var cutoff = TimeProvider.GetUtcNow() - options.Value.QuestionRetention;
        var deleted = await log.PurgeAsync(cutoff, cancellationToken);
        await askers.PurgeAsync(cutoff, cancellationToken);
        await context.PurgeExpiredAsync(cancellationToken);
        return deleted;
    }
}

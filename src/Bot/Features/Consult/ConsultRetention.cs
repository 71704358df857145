using KommunalBot.Bot.Operations.Jobs;
using KommunalBot.Bot.Storage;
using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Features.Consult;

/// Once a day, on one bot instance (DSGVO: storage limitation): deletes requests closed or withdrawn longer than
/// <see cref="ConsultOptions.Retention"/> ago, with their index entries. Open requests are kept however old they are.
internal sealed class ConsultRetention(
    ConsultStore store,
    IOptions<ConsultOptions> options,
    ILeases leases,
    IOptions<JobsOptions> jobs,
    TimeProvider timeProvider,
    ILogger<ConsultRetention> logger)
    : SingleRunnerJob(leases, jobs, timeProvider, logger)
{
    protected override string JobName => "consult-retention";

    protected override TimeSpan Interval => TimeSpan.FromDays(1);

    protected override Task RunAsync(CancellationToken cancellationToken) => PurgeAsync(cancellationToken);

    /// Returns how many requests were deleted.
    internal async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        var cutoff = TimeProvider.GetUtcNow() - options.Value.Retention;
        var expired = new List<ConsultRequest>(); // listed first: deleting while the store lists would change what it lists
        await foreach (var request in store.ListAllAsync(cancellationToken))
        {
            if (!request.IsOpen && ClosedUtc(request) <= cutoff)
            {
                expired.Add(request);
            }
        }

        foreach (var request in expired)
        {
            await store.DeleteAsync(request, cancellationToken);
        }

        ConsultIntakeLog.RetentionDeleted(logger, expired.Count, cutoff);
        return expired.Count;
    }

    /// When it was closed or withdrawn: a rating given later does not keep it longer.
    private static DateTimeOffset ClosedUtc(ConsultRequest request) =>
        request.History.LastOrDefault(h => h.Refused is null && h.Kind is ConsultActionKind.Close or ConsultActionKind.Withdraw)?.At ?? request.UpdatedUtc;
}

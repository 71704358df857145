using KommunalBot.Bot.Operations.Jobs;
using KommunalBot.Bot.Protocol;
using KommunalBot.Bot.Protocol.Connector;
using KommunalBot.Bot.Storage;
using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Features.Delivery;

/// The one sender of all bot instances (a single-runner job under the lease `delivery-sender`). Each time it takes the
/// lease it starts a <see cref="DeliveryRun"/> from what the store says, so after a crash it continues where the
/// records stand; a run ends only when the instance stops or loses the lease, after its calls in flight are recorded.
internal sealed class DeliverySender(
    DeliveryStore store,
    DeliverySteps steps,
    DeliverySignal signal,
    ConversationReferenceStore references,
    ServiceUrlTrustLoader trustLoader,
    IEnumerable<IDeliveryOwner> owners,
    IOptions<DeliveryOptions> options,
    ILeases leases,
    IOptions<JobsOptions> jobs,
    TimeProvider timeProvider,
    ILogger<DeliverySender> logger)
    : SingleRunnerJob(leases, jobs, timeProvider, logger)
{
    private readonly Dictionary<string, IDeliveryOwner> ownersByName = owners.ToDictionary(o => o.Owner, StringComparer.Ordinal);

    protected override string JobName => "delivery-sender";

    /// A run lasts as long as the lease; after a run that broke (the store unreachable) the next starts this soon.
    protected override TimeSpan Interval => options.Value.PollInterval;

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        // Until the stored references have vouched for their service URLs again, a send there would be refused as untrusted.
        await trustLoader.Loaded.WaitAsync(cancellationToken);
        var settings = options.Value;
        var scheduler = new DeliveryScheduler(settings.ConversationLimitList, settings.TenantLimitList, settings.BaseBackoff, settings.MaxBackoff,
            Random.Shared.NextDouble);
        var run = new DeliveryRun(store, steps, scheduler, signal, references, ownersByName, settings, TimeProvider, logger);
        await run.RunAsync(cancellationToken);
    }
}

namespace KommunalBot.Bot.Protocol.Connector;

/// Rebuilds the serviceUrl trust list from the stored conversation references when the bot starts, so that a
/// restart does not forget which hosts the channel vouched for: a reference is stored only for a turn whose
/// serviceUrl was trusted (<see cref="ConversationReferenceMiddleware"/>). Runs in the background; a turn's own
/// serviceUrl is trusted through its token in the meantime. Then it moves references stored under the former key
/// scheme (<see cref="ConversationReferenceStore.UpgradeAsync"/>).
internal sealed class ServiceUrlTrustLoader(ConversationReferenceStore references, ServiceUrlTrust trust, ILogger<ServiceUrlTrustLoader> logger) : BackgroundService
{
    private readonly TaskCompletionSource loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// Completes when the stored references have been read and upgraded (also after a failure, which is logged).
    public Task Loaded => loaded.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await RebuildTrustAsync(stoppingToken);
            await UpgradeAsync(stoppingToken);
        }
        finally
        {
            loaded.TrySetResult();
        }
    }

    private async Task RebuildTrustAsync(CancellationToken stoppingToken)
    {
        try
        {
            var count = 0;
            await foreach (var reference in references.ListAsync(null, stoppingToken))
            {
                if (Auth.ServiceUrls.TryParse(reference.ServiceUrl, out _))
                {
                    trust.Trust(reference.ServiceUrl);
                    count++;
                }
            }

            ProtocolLog.TrustRebuilt(logger, count);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            ProtocolLog.TrustRebuildFailed(logger, ex.GetType().Name);
        }
    }

    private async Task UpgradeAsync(CancellationToken stoppingToken)
    {
        try
        {
            var upgraded = await references.UpgradeAsync(stoppingToken);
            if (upgraded > 0)
            {
                ProtocolLog.ReferencesUpgraded(logger, upgraded);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            ProtocolLog.ReferencesUpgradeFailed(logger, ex.GetType().Name);
        }
    }
}

namespace KommunalBot.Bot.Protocol.Connector;

/// Rebuilds the serviceUrl trust list from the stored conversation references when the bot starts, so that a
/// restart does not forget which hosts the channel vouched for: a reference is stored only for a turn whose
/// serviceUrl was trusted (<see cref="ConversationReferenceMiddleware"/>). Runs in the background; a turn's own
/// serviceUrl is trusted through its token in the meantime.
internal sealed class ServiceUrlTrustLoader(ConversationReferenceStore references, ServiceUrlTrust trust, ILogger<ServiceUrlTrustLoader> logger) : BackgroundService
{
    private readonly TaskCompletionSource loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// Completes when the stored references have been read (also after a failed read, which is logged).
    public Task Loaded => loaded.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
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
        finally
        {
            loaded.TrySetResult();
        }
    }
}

using KommunalBot.Bot.Storage;
using KommunalBot.Bot.Tests.Storage;

namespace KommunalBot.Bot.Tests.Jobs;

/// The contract against Azurite, each test in a container that does not exist yet. Azurite keeps the time, so the
/// expiry test waits for the real 15 s (polling, bounded).
public sealed class AzureBlobLeasesTests(AzuriteFixture azurite) : LeasesContract, IClassFixture<AzuriteFixture>
{
    private static readonly TimeSpan ExpiryDeadline = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);

    private readonly string container = "t" + Guid.NewGuid().ToString("N");

    private protected override ILeases CreateLeases() =>
        new AzureBlobLeases(BlobContainers.Create(new StorageOptions
        {
            Provider = StorageProviders.AzureBlob,
            BlobConnectionString = azurite.ConnectionString,
            BlobContainer = container,
        }));

    private protected override async Task<LeaseOutcome> AfterExpiryAsync(Func<Task<LeaseOutcome>> attempt)
    {
        var deadline = DateTime.UtcNow + ExpiryDeadline;
        var outcome = await attempt();
        while (outcome != LeaseOutcome.Held && DateTime.UtcNow < deadline)
        {
            await Task.Delay(PollInterval);
            outcome = await attempt();
        }

        return outcome;
    }
}

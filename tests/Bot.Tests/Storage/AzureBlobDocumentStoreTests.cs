using Azure.Storage.Blobs;
using KommunalBot.Bot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace KommunalBot.Bot.Tests.Storage;

/// The contract against Azurite, each test in its own container, plus what only the blob backend has.
public sealed class AzureBlobDocumentStoreTests(AzuriteFixture azurite) : DocumentStoreContract, IClassFixture<AzuriteFixture>
{
    private readonly string container = "t" + Guid.NewGuid().ToString("N");

    protected override IDocumentStore Store => field ??= CreateStore(azurite.ConnectionString);

    protected override IDocumentStore OtherStore => field ??= CreateStore(azurite.ConnectionString);

    protected override int RaceIterations => 25;

    [Fact]
    public async Task Ping_WrongAccountKey_ReturnsFalse()
    {
        var store = CreateStore(WithAccountKey(Convert.ToBase64String(new byte[64])));

        Assert.False(await store.PingAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Get_WrongAccountKey_ThrowsNamingTheServiceErrorButNotTheKey()
    {
        await Store.PutAsync("consult/Frau Quäppendorf", "{}", PutCondition.None, CancellationToken.None);
        var store = CreateStore(WithAccountKey(Convert.ToBase64String(new byte[64])));

        var exception = await Assert.ThrowsAsync<HttpRequestException>(
            () => store.GetAsync("consult/Frau Quäppendorf", CancellationToken.None));

        Assert.Contains("403", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Quäppendorf", exception.ToString());
    }

    [Fact]
    public async Task Put_ContainerDeletedBehindTheStore_ThrowsInsteadOfReportingAConflict()
    {
        var put = await Store.PutAsync("doc", "{}", PutCondition.None, CancellationToken.None);
        await Container(azurite.ConnectionString).DeleteAsync();

        var exception = await Assert.ThrowsAsync<HttpRequestException>(
            () => Store.PutAsync("doc", "{}", PutCondition.Matching(put.ETag!), CancellationToken.None));

        Assert.Contains("ContainerNotFound", exception.Message);
    }

    [Fact]
    public async Task AddStorage_AzureBlobConnectionString_SharesDataWithDirectStore()
    {
        using var contentRoot = new TempDirectory();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = contentRoot.Path,
            DisableDefaults = true,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "AzureBlob",
            ["Storage:BlobConnectionString"] = azurite.ConnectionString,
            ["Storage:BlobContainer"] = container,
        });
        builder.AddStorage();
        using var host = builder.Build();
        await host.StartAsync();

        var store = host.Services.GetRequiredService<IDocumentStore>();
        var put = await store.PutAsync("consult/1", "{}", PutCondition.CreateOnly, CancellationToken.None);

        Assert.IsType<AzureBlobDocumentStore>(store);
        Assert.Equal(put.ETag, (await Store.GetAsync("consult/1", CancellationToken.None))?.ETag);
        Assert.False(File.Exists(Path.Combine(contentRoot.Path, "data", "kommunalbot.db")));
        await host.StopAsync();
    }

    [Fact]
    public async Task Ping_NothingListening_ReturnsFalse()
    {
        var store = CreateStore(azurite.ConnectionString.Replace(azurite.ServiceUri.Authority, "127.0.0.1:1", StringComparison.Ordinal));

        Assert.False(await store.PingAsync(CancellationToken.None));
    }

    private string WithAccountKey(string accountKey) =>
        azurite.ConnectionString.Replace(AzuriteFixture.AccountKey, accountKey, StringComparison.Ordinal);

    /// Through <see cref="BlobContainers"/>, as the bot builds it; a small page so the contract's listing tests
    /// cross several continuation pages.
    private AzureBlobDocumentStore CreateStore(string connectionString) =>
        new(Container(connectionString), NullLogger<AzureBlobDocumentStore>.Instance, pageSize: 50);

    private BlobContainerClient Container(string connectionString) =>
        BlobContainers.Create(new StorageOptions { BlobConnectionString = connectionString, BlobContainer = container });
}

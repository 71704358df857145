using KommunalBot.Bot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace KommunalBot.Bot.Tests.Storage;

/// The contract against Azurite, each test in its own container, plus what only the blob backend has.
public sealed class AzureBlobDocumentStoreTests(AzuriteFixture azurite) : DocumentStoreContract, IClassFixture<AzuriteFixture>, IDisposable
{
    private readonly string container = "t" + Guid.NewGuid().ToString("N");
    private readonly List<HttpClient> clients = [];

    protected override IDocumentStore Store => field ??= CreateStore(AzuriteFixture.AccountKey);

    protected override IDocumentStore OtherStore => field ??= CreateStore(AzuriteFixture.AccountKey);

    protected override int RaceIterations => 25;

    [Fact]
    public async Task Ping_WrongAccountKey_ReturnsFalse()
    {
        var store = CreateStore(Convert.ToBase64String(new byte[64]));

        Assert.False(await store.PingAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Get_WrongAccountKey_ThrowsNamingTheServiceError()
    {
        await Store.PutAsync("doc", "{}", PutCondition.None, CancellationToken.None);
        var store = CreateStore(Convert.ToBase64String(new byte[64]));

        var exception = await Assert.ThrowsAsync<HttpRequestException>(() => store.GetAsync("doc", CancellationToken.None));

        Assert.Contains("403", exception.Message);
    }

    [Fact]
    public async Task AddStorage_AzureBlobProvider_SignsRequestsAndSharesDataWithDirectStore()
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
            ["Storage:BlobServiceUri"] = azurite.ServiceUri.ToString(),
            ["Storage:BlobAccountName"] = AzuriteFixture.AccountName,
            ["Storage:BlobAccountKey"] = AzuriteFixture.AccountKey,
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
        var client = Track(new HttpClient(new SharedKeyHandler(AzuriteFixture.AccountName, AzuriteFixture.AccountKey, TimeProvider.System)
        {
            InnerHandler = new SocketsHttpHandler(),
        }));
        var store = new AzureBlobDocumentStore(
            client, new Uri("http://127.0.0.1:1/devstoreaccount1"), container, NullLogger<AzureBlobDocumentStore>.Instance);

        Assert.False(await store.PingAsync(CancellationToken.None));
    }

    public void Dispose()
    {
        foreach (var client in clients)
        {
            client.Dispose();
        }
    }

    private AzureBlobDocumentStore CreateStore(string accountKey)
    {
        var client = Track(new HttpClient(new SharedKeyHandler(AzuriteFixture.AccountName, accountKey, TimeProvider.System)
        {
            InnerHandler = new SocketsHttpHandler(),
        }));
        // A small page so the contract's listing tests cross several NextMarker pages.
        return new AzureBlobDocumentStore(client, azurite.ServiceUri, container, NullLogger<AzureBlobDocumentStore>.Instance, pageSize: 50);
    }

    private HttpClient Track(HttpClient client)
    {
        clients.Add(client);
        return client;
    }
}

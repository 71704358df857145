using KommunalBot.Bot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Tests.Storage;

public sealed class StorageFeatureTests : IDisposable
{
    private readonly TempDirectory contentRoot = new();

    [Fact]
    public async Task AddStorage_NoSettings_UsesSqliteFileUnderContentRoot()
    {
        using var host = Build([]);
        await host.StartAsync();

        var store = host.Services.GetRequiredService<IDocumentStore>();
        await store.PutAsync("doc", "{}", PutCondition.None, CancellationToken.None);

        Assert.IsType<SqliteDocumentStore>(store);
        Assert.True(File.Exists(Path.Combine(contentRoot.Path, "data", "kommunalbot.db")));
        await host.StopAsync();
    }

    [Fact]
    public async Task AddStorage_UnknownProvider_FailsStartNamingTheSetting()
    {
        using var host = Build(new() { ["Storage:Provider"] = "Cosmos" });

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Storage:Provider must be 'Sqlite' or 'AzureBlob', not 'Cosmos'", exception.Message);
    }

    [Fact]
    public void Validate_BlobWithoutAccount_ReportsEveryBadSetting()
    {
        var result = new StorageOptionsValidator().Validate(null, new StorageOptions
        {
            Provider = "azureblob",
            BlobServiceUri = "ftp://example.org",
            BlobAccountKey = "not base64!",
            BlobContainer = "Bad_Name",
        });

        Assert.True(result.Failed);
        Assert.Collection(
            result.Failures!,
            failure => Assert.StartsWith("Storage:BlobServiceUri", failure),
            failure => Assert.StartsWith("Storage:BlobAccountName", failure),
            failure => Assert.StartsWith("Storage:BlobAccountKey must be the base64", failure),
            failure => Assert.StartsWith("Storage:BlobContainer", failure));
    }

    [Fact]
    public void Validate_AzuriteSettings_Succeed()
    {
        var result = new StorageOptionsValidator().Validate(null, new StorageOptions
        {
            Provider = StorageProviders.AzureBlob,
            BlobServiceUri = "http://127.0.0.1:10000/devstoreaccount1",
            BlobAccountName = "devstoreaccount1",
            BlobAccountKey = Convert.ToBase64String(new byte[64]),
        });

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Validate_EmptySqlitePath_NamesTheSetting()
    {
        var result = new StorageOptionsValidator().Validate(null, new StorageOptions { SqlitePath = " " });

        Assert.StartsWith("Storage:SqlitePath", Assert.Single(result.Failures!));
    }

    public void Dispose() => contentRoot.Dispose();

    private IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = contentRoot.Path,
            DisableDefaults = true,
        });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddStorage();
        return builder.Build();
    }
}

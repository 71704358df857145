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
    public async Task AddStorage_AzureBlobWithoutConnection_FailsStartNamingBothSettings()
    {
        using var host = Build(new() { ["Storage:Provider"] = "AzureBlob" });

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("exactly one of Storage:BlobConnectionString", exception.Message);
        Assert.Contains("Storage:BlobServiceUri", exception.Message);
    }

    [Fact]
    public async Task AddStorage_UnparseableConnectionString_FailsStartWithoutQuotingTheSecret()
    {
        using var host = Build(new()
        {
            ["Storage:Provider"] = "AzureBlob",
            ["Storage:BlobConnectionString"] = "AccountName=devstoreaccount1;AccountKey=not-base64-s3cret!",
        });

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Storage:BlobConnectionString is not an Azure Storage connection string", exception.Message);
        Assert.DoesNotContain("s3cret", exception.Message);
    }

    [Theory]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=acct;EndpointSuffix=core.windows.net")]
    [InlineData("AccountName=acct;AccountKey=not base64!;BlobEndpoint=http://127.0.0.1:10000/acct")]
    [InlineData("just some text")]
    public void Validate_UnparseableConnectionString_NamesTheSetting(string connectionString)
    {
        var result = Validate(new StorageOptions { Provider = "AzureBlob", BlobConnectionString = connectionString });

        Assert.StartsWith("Storage:BlobConnectionString is not", Assert.Single(result.Failures!));
    }

    [Fact]
    public void Validate_ConnectionStringAndServiceUri_ReportsBothAndBadContainer()
    {
        var result = Validate(new StorageOptions
        {
            Provider = "azureblob",
            BlobConnectionString = "UseDevelopmentStorage=true",
            BlobServiceUri = "https://acct.blob.core.windows.net",
            BlobContainer = "Bad_Name",
        });

        Assert.Collection(
            result.Failures!,
            failure => Assert.EndsWith("not both.", failure),
            failure => Assert.StartsWith("Storage:BlobContainer", failure));
    }

    [Theory]
    [InlineData("ftp://example.org")]
    [InlineData("acct.blob.core.windows.net")]
    [InlineData("http://acct.blob.core.windows.net")]
    [InlineData("http://127.0.0.1:10000/devstoreaccount1")]
    public void Validate_ServiceUriNotHttps_NamesTheSettingAndTheAlternative(string serviceUri)
    {
        var result = Validate(new StorageOptions { Provider = "AzureBlob", BlobServiceUri = serviceUri });

        var failure = Assert.Single(result.Failures!);
        Assert.StartsWith("Storage:BlobServiceUri must be an absolute https URL", failure);
        Assert.Contains("Storage:BlobConnectionString", failure);
    }

    [Theory]
    [InlineData("UseDevelopmentStorage=true", null)]
    [InlineData("DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=AAAA;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;", null)]
    [InlineData(null, "https://acct.blob.core.windows.net")]
    public void Validate_OneWayToConnect_Succeeds(string? connectionString, string? serviceUri)
    {
        var options = new StorageOptions { Provider = "AzureBlob", BlobConnectionString = connectionString, BlobServiceUri = serviceUri };

        Assert.True(Validate(options).Succeeded);
        Assert.Equal("kommunalbot", BlobContainers.Create(options).Name);
    }

    [Fact]
    public void Validate_EmptySqlitePath_NamesTheSetting()
    {
        var result = Validate(new StorageOptions { SqlitePath = " " });

        Assert.StartsWith("Storage:SqlitePath", Assert.Single(result.Failures!));
    }

    public void Dispose() => contentRoot.Dispose();

    private static ValidateOptionsResult Validate(StorageOptions options) => new StorageOptionsValidator().Validate(null, options);

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

using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Storage;

public static class StorageFeature
{
    internal const string BlobHttpClient = "KommunalBot.Storage.AzureBlob";

    /// Registers the <see cref="IDocumentStore"/> chosen by Storage:Provider as a singleton.
    /// Settings are validated at start-up, so a typo fails the start, not the first request.
    public static IHostApplicationBuilder AddStorage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<StorageOptions>()
            .Bind(builder.Configuration.GetSection(StorageOptions.SectionName))
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IDocumentStore>(CreateStore);

        // The store is a singleton holding one client, so connections are recycled by the handler
        // (PooledConnectionLifetime) rather than by the factory's handler rotation, and DNS changes are seen.
        builder.Services.AddHttpClient(BlobHttpClient)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .AddHttpMessageHandler(services =>
            {
                var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;
                return new SharedKeyHandler(options.BlobAccountName!, options.BlobAccountKey!, services.GetRequiredService<TimeProvider>());
            });
        return builder;
    }

    private static IDocumentStore CreateStore(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        if (StorageOptionsValidator.IsProvider(options, StorageProviders.AzureBlob))
        {
            return new AzureBlobDocumentStore(
                services.GetRequiredService<IHttpClientFactory>().CreateClient(BlobHttpClient),
                BlobServiceUri(options),
                options.BlobContainer,
                services.GetRequiredService<ILogger<AzureBlobDocumentStore>>());
        }

        var environment = services.GetRequiredService<IHostEnvironment>();
        return new SqliteDocumentStore(
            Path.Combine(environment.ContentRootPath, options.SqlitePath),
            services.GetRequiredService<TimeProvider>(),
            services.GetRequiredService<ILogger<SqliteDocumentStore>>());
    }

    private static Uri BlobServiceUri(StorageOptions options) =>
        string.IsNullOrWhiteSpace(options.BlobServiceUri)
            ? new Uri($"https://{options.BlobAccountName}.blob.core.windows.net")
            : new Uri(options.BlobServiceUri);
}

using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Storage;

public static class StorageFeature
{
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
        return builder;
    }

    private static IDocumentStore CreateStore(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        if (StorageOptionsValidator.IsProvider(options, StorageProviders.AzureBlob))
        {
            return new AzureBlobDocumentStore(
                BlobContainers.Create(options), services.GetRequiredService<ILogger<AzureBlobDocumentStore>>());
        }

        var environment = services.GetRequiredService<IHostEnvironment>();
        return new SqliteDocumentStore(
            Path.Combine(environment.ContentRootPath, options.SqlitePath),
            services.GetRequiredService<TimeProvider>(),
            services.GetRequiredService<ILogger<SqliteDocumentStore>>());
    }
}

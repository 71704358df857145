namespace KommunalBot.Bot.Tests.Storage;

/// One Azurite (<see cref="AzuriteProcess"/>) per test class: a plain `dotnet test` on a fresh clone installs it
/// first; when that fails the tests fail, never skip.
public sealed class AzuriteFixture : IAsyncLifetime
{
    public const string AccountName = AzuriteProcess.AccountName;
    public const string AccountKey = AzuriteProcess.AccountKey;

    private AzuriteProcess azurite = null!;

    public Uri ServiceUri => azurite.ServiceUri;

    /// Account-key connection string: DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=…;BlobEndpoint=…;
    public string ConnectionString => azurite.ConnectionString;

    public async Task InitializeAsync() => azurite = await AzuriteProcess.StartAsync();

    public async Task DisposeAsync() => await azurite.DisposeAsync();
}

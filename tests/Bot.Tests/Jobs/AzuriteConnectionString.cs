using KommunalBot.Bot.Tests.Storage;

namespace KommunalBot.Bot.Tests.Jobs;

internal static class AzuriteConnectionString
{
    /// Storage:BlobConnectionString for the running Azurite (its well-known development account).
    public static string For(AzuriteFixture azurite) =>
        $"DefaultEndpointsProtocol=http;AccountName={AzuriteFixture.AccountName};AccountKey={AzuriteFixture.AccountKey};" +
        $"BlobEndpoint={azurite.ServiceUri};";
}

namespace KommunalBot.Bot.Storage;

public static class StorageProviders
{
    public const string Sqlite = "Sqlite";
    public const string AzureBlob = "AzureBlob";
}

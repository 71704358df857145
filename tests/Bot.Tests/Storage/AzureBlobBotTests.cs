using System.Net;
using System.Text.Json.Nodes;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using KommunalBot.Bot.Tests.TestHost;

namespace KommunalBot.Bot.Tests.Storage;

/// The real bot with Storage:Provider=AzureBlob on Azurite: it answers, reports ready, and what it wrote is
/// plain JSON that Microsoft's own Blob SDK (a client built here, not the bot's) lists and reads.
public sealed class AzureBlobBotTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private const string Question = "Über welchen Transportweg kommen Wohngeld-Anträge in die Behörde?";

    private readonly string container = "bot" + Guid.NewGuid().ToString("N");

    [Fact]
    public async Task Question_OnAzureBlobStorage_IsAnsweredAndStoredAsJsonBlobs()
    {
        await using var bot = await BotApp.StartAsync(new()
        {
            ["Storage:Provider"] = "AzureBlob",
            ["Storage:BlobConnectionString"] = azurite.ConnectionString,
            ["Storage:BlobContainer"] = container,
        });

        await bot.SendAsync(bot.Activity().Message(Question));

        Assert.Contains("OSCI", Assert.Single(bot.Channel.Messages).CardJson);
        Assert.Equal(HttpStatusCode.OK, (await bot.Http.GetAsync("/readyz")).StatusCode);
        var blobs = new BlobContainerClient(azurite.ConnectionString, container);
        var names = new List<string>();
        await foreach (var blob in blobs.GetBlobsAsync(new GetBlobsOptions()))
        {
            names.Add(blob.Name);
        }

        var question = await ReadJsonAsync(blobs, Assert.Single(names, name => name.StartsWith("ask/question/", StringComparison.Ordinal)));
        Assert.Equal(Question, question["question"]?.GetValue<string>());
        Assert.Equal(BotApp.AllowedTenant, question["tenantId"]?.GetValue<string>());
        Assert.True(question["answered"]?.GetValue<bool>());
        var reference = await ReadJsonAsync(blobs, Assert.Single(names, name => name.StartsWith("convref/", StringComparison.Ordinal)));
        Assert.Equal(bot.Channel.ServiceUrl, reference["serviceUrl"]?.GetValue<string>());
        Assert.Equal(ActivityBuilder.PersonalConversationId, reference["conversationId"]?.GetValue<string>());
    }

    private static async Task<JsonNode> ReadJsonAsync(BlobContainerClient blobs, string name)
    {
        var download = (await blobs.GetBlobClient(name).DownloadContentAsync()).Value;
        Assert.StartsWith("application/json", download.Details.ContentType, StringComparison.Ordinal);
        return JsonNode.Parse(download.Content.ToString())!;
    }
}

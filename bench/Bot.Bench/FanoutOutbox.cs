using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using KommunalBot.Bot.Cards;
using KommunalBot.Bot.Features.Delivery;
using KommunalBot.Bot.Protocol;
using KommunalBot.Bot.Storage;
using KommunalBot.Bot.Tests.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace KommunalBot.Bot.Bench;

/// The bench as a second instance of the bot on the run's SQLite file, built from the bot's own registrations
/// (storage, cards, delivery) and never started, so its sender does not run: it seeds the conversation references,
/// enqueues through the real <see cref="IOutbox"/> and reads the delivery records back. The bot process finds the
/// work at its sender's next poll, as an instance of a multi-instance deployment would.
internal sealed class FanoutOutbox : IDisposable
{
    private const int SeedWriters = 8;

    private readonly IHost host;

    public FanoutOutbox(string sqlitePath)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Production });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = StorageProviders.Sqlite,
            ["Storage:SqlitePath"] = sqlitePath,
        });
        builder.Services.AddLogging();
        builder.AddStorage();
        builder.AddCards();
        builder.Services.AddSingleton<ConversationReferenceStore>();
        builder.AddDelivery();
        host = builder.Build();
    }

    private IServiceProvider Services => host.Services;

    /// One channel reference per channel of the layout, tenant by tenant, pointing at <paramref name="serviceUrl"/>.
    public async Task<IReadOnlyList<ConversationReference>> SeedAsync(FanoutLayout layout, string serviceUrl, CancellationToken cancellationToken)
    {
        var now = TimeProvider.System.GetUtcNow();
        var references = layout.ChannelsPerTenant
            .SelectMany((channels, tenant) => Enumerable.Range(0, channels).Select(channel => Channel(tenant, channel, serviceUrl, now)))
            .ToList();
        var store = Services.GetRequiredService<ConversationReferenceStore>();
        await Parallel.ForEachAsync(references, new ParallelOptions { MaxDegreeOfParallelism = SeedWriters, CancellationToken = cancellationToken },
            async (reference, token) => await store.SaveAsync(reference, checkStore: true, token));
        return references;
    }

    public Task<EnqueueOutcome> EnqueueAsync(DeliveryContent content, IEnumerable<ConversationReference> references, CancellationToken cancellationToken) =>
        Services.GetRequiredService<IOutbox>().EnqueueAsync(
            content, references.Select(r => (DeliveryRecipient)new DeliveryRecipient.Conversation(r)).ToList(), cancellationToken);

    /// The state of every record of the content, by conversation id.
    public async Task<Dictionary<string, DeliveryState>> StatesAsync(string contentId, CancellationToken cancellationToken)
    {
        var states = new Dictionary<string, DeliveryState>(StringComparer.Ordinal);
        await foreach (var record in Services.GetRequiredService<DeliveryStore>().ListRecordsAsync(contentId, cancellationToken))
        {
            states[record.Value.ConversationId] = record.Value.State;
        }

        return states;
    }

    /// A digest as Broadcast would send it: the news card with eight entries (a few KB), in German.
    public DeliveryContent Digest(string contentId)
    {
        var sample = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "cards", "news.sample.json")))!.AsObject();
        var items = sample["items"]!.AsArray();
        sample["items"] = new JsonArray([.. items.Select(item => item!.DeepClone()), .. items.Select((item, i) => Renamed(item!, i))]);
        var card = Services.GetRequiredService<CardRenderer>().Render("news", sample, CultureInfo.GetCultureInfo("de-DE"));
        var message = new Activity
        {
            Type = ActivityTypes.Message,
            Summary = "Neu bei KommunalBot: 8 Beiträge zu EfA-Diensten",
            Attachments = [new Attachment { ContentType = Attachment.AdaptiveCardContentType, Content = JsonSerializer.SerializeToElement(card, CardJson.Options()) }],
        };
        return new DeliveryContent(contentId, "broadcast", message);
    }

    public void Dispose() => host.Dispose();

    private static JsonNode Renamed(JsonNode item, int i)
    {
        var copy = item.DeepClone();
        copy["id"] = $"{copy["id"]}-{i + 2}";
        copy["title"] = $"{copy["title"]} (Teil {i + 2})";
        return copy;
    }

    // Ids shaped like Teams' (GUID tenants, `19:…@thread.tacv2` channels) and fixed by position, so runs compare.
    private static ConversationReference Channel(int tenant, int channel, string serviceUrl, DateTimeOffset now) => new()
    {
        ServiceUrl = serviceUrl,
        ChannelId = "msteams",
        ConversationId = $"19:{tenant:x8}{channel:x8}bench0000000000000000@thread.tacv2",
        ConversationType = "channel",
        TenantId = TenantId(tenant),
        BotId = "28:bench-kommunalbot",
        BotName = "KommunalBot",
        TeamId = $"19:{tenant:x8}team00000000000000000000@thread.tacv2",
        ChannelIdInTeam = $"19:{tenant:x8}{channel:x8}bench0000000000000000@thread.tacv2",
        Locale = "de-DE",
        UpdatedUtc = now,
    };

    public static string TenantId(int tenant) => $"{tenant:x8}-0000-4000-8000-00000000be4c";
}

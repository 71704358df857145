using System.Text.Json;
using KommunalBot.Bot.Features.Delivery;
using KommunalBot.Bot.Protocol;
using KommunalBot.Bot.Tests.TestHost;

namespace KommunalBot.Bot.Tests.Features.Delivery;

/// What the delivery tests share: conversation references stored in the bot, cards to send, the POSTs the fake
/// channel saw, and a clock that runs until the sender is done.
internal static class DeliveryFixture
{
    public const string Owner = "test-owner";

    /// Channels in <paramref name="tenantId"/>, stored as the bot stores them when it is added to a team.
    public static async Task<List<ConversationReference>> ChannelsAsync(BotApp bot, string tenantId, int count, string prefix = "ch")
    {
        var store = bot.Services.GetRequiredService<ConversationReferenceStore>();
        var channels = new List<ConversationReference>();
        for (var i = 0; i < count; i++)
        {
            var reference = new ConversationReference
            {
                ServiceUrl = bot.Channel.ServiceUrl,
                ChannelId = "msteams",
                ConversationId = $"19:{prefix}-{tenantId}-{i}@thread.tacv2",
                ConversationType = "channel",
                TenantId = tenantId,
                BotId = bot.Activity().BotId,
                TeamId = $"19:team-{tenantId}@thread.tacv2",
                ChannelIdInTeam = $"19:{prefix}-{tenantId}-{i}@thread.tacv2",
                UpdatedUtc = bot.Clock.GetUtcNow(),
            };
            await store.SaveAsync(reference, checkStore: true, CancellationToken.None);
            channels.Add(reference);
        }

        return channels;
    }

    public static DeliveryRecipient[] To(IEnumerable<ConversationReference> references) =>
        references.Select(r => (DeliveryRecipient)new DeliveryRecipient.Conversation(r)).ToArray();

    /// A small Adaptive Card message with a summary; <paramref name="padding"/> characters of text make it larger.
    public static DeliveryContent Card(string contentId, string title = "Neue Veranstaltung: EfA-Wohngeld in der Praxis", int padding = 0)
    {
        var card = new
        {
            type = "AdaptiveCard",
            version = "1.5",
            body = new object[]
            {
                new { type = "TextBlock", text = title, weight = "Bolder", wrap = true },
                new { type = "TextBlock", text = new string('x', padding) + "Am 14.01.2027 um 10:00 Uhr, online.", wrap = true },
            },
        };
        return new DeliveryContent(contentId, Owner, new Activity
        {
            Type = ActivityTypes.Message,
            Summary = title,
            Attachments = [new Attachment { ContentType = Attachment.AdaptiveCardContentType, Content = JsonSerializer.SerializeToElement(card) }],
        });
    }

    /// New messages the bot posted into conversations (not replies, not updates).
    public static List<RecordedCall> Posts(BotApp bot) =>
        bot.Channel.ConnectorCalls.Where(c => c.Method == "POST" && c.Path.EndsWith("/activities", StringComparison.Ordinal)).ToList();

    /// Runs the bot's clock in <paramref name="step"/>s until <paramref name="done"/> holds (30 s real time at most).
    public static Task UntilAsync(BotApp bot, Func<bool> done, TimeSpan? step = null) =>
        bot.RunClockUntilDoneAsync(Task.Run(async () =>
        {
            while (!done())
            {
                await Task.Delay(10);
            }

            return true;
        }), step ?? TimeSpan.FromMilliseconds(100));

    /// Runs the clock until the content's report says nothing is pending, and returns that report.
    public static async Task<DeliveryReport> SettledAsync(BotApp bot, string contentId, TimeSpan? step = null)
    {
        var outbox = bot.Services.GetRequiredService<IOutbox>();
        DeliveryReport? report = null;
        await bot.RunClockUntilDoneAsync(Task.Run(async () =>
        {
            while ((report = await outbox.ReportAsync(contentId, CancellationToken.None)) is not { Pending: 0, Completed: not null })
            {
                await Task.Delay(20);
            }

            return true;
        }), step ?? TimeSpan.FromMilliseconds(100));
        return report!;
    }

    /// The most calls made in any window of <paramref name="window"/> (sliding, by arrival time), as Teams counts them.
    public static int MostIn(IEnumerable<RecordedCall> calls, TimeSpan window)
    {
        var times = calls.Select(c => c.At).Order().ToList();
        var most = 0;
        for (int start = 0, end = 0; end < times.Count; end++)
        {
            while (times[end] - times[start] >= window)
            {
                start++;
            }

            most = Math.Max(most, end - start + 1);
        }

        return most;
    }
}

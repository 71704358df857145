using System.Globalization;
using System.Text.Json;
using KommunalBot.Bot.Features.Delivery;
using KommunalBot.Bot.Protocol;
using KommunalBot.Bot.Resources;
using KommunalBot.Bot.Storage;

namespace KommunalBot.Bot.Features.Consult;

/// Where Consult's notifications go, all through <see cref="IOutbox"/>: a person's 1:1 chat, or the request's thread in
/// its pool's channel. The channel is the one bound with `hier beraten {pool}`, stored under
/// `consult/pool-channel/{pool}` as a <see cref="ConversationReference"/>; the thread is where the advisors' card
/// (`consult-{id}-card`) was posted. Content ids are deterministic, so a repeated call changes nothing.
internal sealed class RelayOutbox(IOutbox outbox, IDocumentStore store, ConversationReferenceStore references, Texts texts, ILogger<RelayOutbox> logger)
{
    public const string Owner = "consult";

    public Texts Texts => texts;

    /// The person's 1:1 chat, in the language of their last message; not queued when they never installed the bot.
    public async Task ToPersonAsync(string tenantId, string objectId, string contentId, Func<CultureInfo, (string Text, string Summary)> message, CancellationToken cancellationToken)
    {
        var chat = await references.FindPersonalAsync(tenantId, objectId, cancellationToken);
        var (text, summary) = message(Texts.CultureFor(chat?.Locale));
        var outcome = await outbox.EnqueueAsync(Content(contentId, text, summary), [new DeliveryRecipient.Person(tenantId, objectId)], cancellationToken);
        Report(contentId, outcome);
    }

    /// True when the content was enqueued before (to anyone).
    public async Task<bool> QueuedAsync(string contentId, CancellationToken cancellationToken) =>
        await outbox.ReportAsync(contentId, cancellationToken) is not null;

    /// A reply in the request's thread, or a new post in the pool's channel while the card is not posted yet. False when
    /// the pool has no bound channel. Enqueued once: a content already queued (perhaps into the channel) is left alone.
    public async Task<bool> ToPoolAsync(
        ConsultRequest request, string contentId, Func<CultureInfo, (string Text, string Summary)> message, CancellationToken cancellationToken,
        IReadOnlyList<RelayMention>? mentions = null)
    {
        if (await QueuedAsync(contentId, cancellationToken))
        {
            return true;
        }

        if (await PoolChannelAsync(request.Pool, cancellationToken) is not { } channel)
        {
            RelayLog.NoPoolChannel(logger, request.Id, request.Pool);
            return false;
        }

        var card = await outbox.FindAsync(AdvisorCards.ContentId(request.Id), channel.ConversationId, cancellationToken);
        var thread = ThreadOf(card) ?? request.ThreadConversationId;
        var to = thread is null ? channel : channel with { ConversationId = thread };
        var (text, summary) = message(Texts.CultureFor(channel.Locale));
        var content = Content(contentId, text, summary);
        if (mentions is { Count: > 0 })
        {
            content.Message.Entities = [.. mentions.Select(m => JsonSerializer.SerializeToElement(m, RelayJsonContext.Default.RelayMention))];
        }

        Report(contentId, await outbox.EnqueueAsync(content, [new DeliveryRecipient.Conversation(to)], cancellationToken));
        return true;
    }

    /// The thread the card started: Delivery records a channel post's thread as `{channel};messageid={root message id}`.
    private static string? ThreadOf(DeliveryStatus? card) =>
        card?.PostedConversationId is { } posted && posted.Contains(";messageid=", StringComparison.OrdinalIgnoreCase) ? posted : null;

    public async Task<ConversationReference?> PoolChannelAsync(string pool, CancellationToken cancellationToken)
    {
        var document = await store.GetAsync("consult/pool-channel/" + DocumentKey.Segment(pool), cancellationToken);
        return document is null ? null : JsonSerializer.Deserialize(document.Json, ProtocolJsonContext.Default.ConversationReference);
    }

    private static DeliveryContent Content(string contentId, string text, string summary) =>
        new(contentId, Owner, new Activity { Type = ActivityTypes.Message, Text = text, TextFormat = "markdown", Summary = summary });

    private void Report(string contentId, EnqueueOutcome outcome)
    {
        switch (outcome)
        {
            case EnqueueOutcome.Rejected rejected:
                RelayLog.Rejected(logger, contentId, rejected.Reason.ToString());
                break;
            case EnqueueOutcome.Queued { Refused.Count: > 0 } queued:
                RelayLog.Unreachable(logger, contentId, queued.Refused[0].Reason.ToString());
                break;
        }
    }
}

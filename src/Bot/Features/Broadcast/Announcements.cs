using KommunalBot.Bot.Cards;
using KommunalBot.Bot.Features.Delivery;
using KommunalBot.Bot.Protocol;
using KommunalBot.Bot.Resources;

namespace KommunalBot.Bot.Features.Broadcast;

/// Announcements of BayKommun news, from the `ankündigung` card and the admin API alike: created as a draft, previewed
/// with the audience it would reach, and sent once. A send resolves the audience again (subscriptions change, and the
/// editor limit is checked for whoever sends), enqueues the one content `broadcast-news-{id}` to every channel of the
/// plan, and only then records the announcement as sent: a second press, a replay or a crash in between re-enqueues
/// the same content id, which Delivery ignores.
internal sealed class Announcements(
    AnnouncementStore store, BroadcastAudience audience, IOutbox outbox, CardRenderer renderer, TimeProvider timeProvider,
    ILogger<Announcements> logger)
{
    public async Task<Announcement> CreateAsync(
        AnnouncementDraft draft, string locale, string? tenantId, string? objectId, DateTimeOffset? sendAt, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var announcement = new Announcement
        {
            Id = AnnouncementDraft.NewId(now),
            Title = draft.Title,
            Text = draft.Text,
            Link = draft.Link,
            Topics = draft.Topics,
            Region = draft.Region,
            Locale = locale,
            AuthorTenantId = tenantId,
            AuthorObjectId = objectId,
            CreatedUtc = now,
            SendAtUtc = sendAt,
            Status = AnnouncementStatus.Draft,
        };
        await store.CreateAsync(announcement, cancellationToken);
        SubscriptionLog.AnnouncementCreated(logger, announcement.Id, tenantId ?? "-");
        return announcement;
    }

    public Task<AudienceOutcome> AudienceAsync(BroadcastTarget target, string? tenantId, string? objectId, CancellationToken cancellationToken) =>
        audience.ResolveAsync(target, tenantId, objectId, cancellationToken);

    /// Sends now, whatever its send time.
    public async Task<AnnouncementOutcome> SendAsync(string id, string? tenantId, string? objectId, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken) is not { } announcement)
        {
            return new AnnouncementOutcome.Unknown();
        }

        switch (await audience.ResolveAsync(announcement.Target, tenantId, objectId, cancellationToken))
        {
            case AudienceOutcome.OutsideEditorRegions outside:
                SubscriptionLog.AnnouncementOutside(logger, id, string.Join(", ", outside.EditorRegions));
                return new AnnouncementOutcome.OutsideEditorRegions(outside.EditorRegions);
            case AudienceOutcome.Allowed { Plan: var plan } when announcement.Status == AnnouncementStatus.Sent:
                return new AnnouncementOutcome.AlreadySent(announcement, plan);
            case AudienceOutcome.Allowed { Plan: var plan }:
                return await EnqueueAsync(announcement, plan, cancellationToken);
            default:
                throw new InvalidOperationException("AudienceOutcome is closed");
        }
    }

    /// Admin API: an announcement whose send time lies ahead waits for it (the job sends it then, checked against its
    /// author's editor limit); one without, or past it, is sent now.
    public async Task<AnnouncementOutcome> SendOrScheduleAsync(string id, string? tenantId, string? objectId, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken) is not { SendAtUtc: { } at, Status: not AnnouncementStatus.Sent } announcement || at <= timeProvider.GetUtcNow())
        {
            return await SendAsync(id, tenantId, objectId, cancellationToken);
        }

        if (!audience.MaySendTo(tenantId, objectId, announcement.Region))
        {
            return new AnnouncementOutcome.OutsideEditorRegions(audience.EditorRegions(tenantId, objectId) ?? []);
        }

        var updated = await store.UpdateAsync(id, a => a.Status == AnnouncementStatus.Draft ? a with { Status = AnnouncementStatus.Scheduled } : null, cancellationToken);
        SubscriptionLog.AnnouncementScheduled(logger, id, at);
        return new AnnouncementOutcome.Scheduled(updated?.After ?? announcement);
    }

    /// The scheduled announcements whose time has come, each sent as its author would send it. Returns how many went.
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var due = new List<Announcement>();
        await foreach (var announcement in store.ListAsync(cancellationToken))
        {
            if (announcement is { Status: AnnouncementStatus.Scheduled, SendAtUtc: { } at } && at <= now)
            {
                due.Add(announcement);
            }
        }

        var sent = 0;
        foreach (var announcement in due)
        {
            sent += await SendAsync(announcement.Id, announcement.AuthorTenantId, announcement.AuthorObjectId, cancellationToken) is AnnouncementOutcome.Sent ? 1 : 0;
        }

        return sent;
    }

    private async Task<AnnouncementOutcome> EnqueueAsync(Announcement announcement, AudiencePlan plan, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var added = 0;
        if (plan.Channels > 0)
        {
            var recipients = plan.Subscriptions.Select(s => (DeliveryRecipient)new DeliveryRecipient.Conversation(s.Reference)).ToList();
            switch (await outbox.EnqueueAsync(Content(announcement, now), recipients, cancellationToken))
            {
                case EnqueueOutcome.Rejected rejected:
                    SubscriptionLog.AnnouncementRejected(logger, announcement.Id, rejected.Reason.ToString(), rejected.Detail);
                    return new AnnouncementOutcome.Rejected(rejected.Detail);
                case EnqueueOutcome.Queued queued:
                    added = queued.New;
                    break;
            }
        }

        var updated = await store.UpdateAsync(announcement.Id, a => a.Status == AnnouncementStatus.Sent ? null : a with
        {
            Status = AnnouncementStatus.Sent,
            SentUtc = now,
            Channels = plan.Channels,
            Organisations = plan.Organisations,
        }, cancellationToken);
        if (updated is not { Before.Status: not AnnouncementStatus.Sent } changed)
        {
            return new AnnouncementOutcome.AlreadySent(updated?.After ?? announcement, plan); // another press was first
        }

        SubscriptionLog.AnnouncementSent(logger, announcement.Id, plan.Channels, plan.Organisations, added);
        return new AnnouncementOutcome.Sent(changed.After, plan, added);
    }

    private DeliveryContent Content(Announcement announcement, DateTimeOffset now)
    {
        var culture = Texts.CultureFor(announcement.Locale);
        var card = renderer.Render(new AnnouncementCardData
        {
            Title = announcement.Title,
            Date = TimeZoneInfo.ConvertTime(now, DigestSchedule.Berlin).ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture),
            Text = announcement.Text,
            Link = announcement.Link,
        }, culture);
        var message = MessageFactory.Card(card);
        message.Summary = announcement.Title;
        return new DeliveryContent(announcement.ContentId, SubscriptionEnding.OwnerName, message);
    }
}

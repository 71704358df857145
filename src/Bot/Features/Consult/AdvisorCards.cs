using System.Globalization;
using System.Text.Json.Nodes;
using KommunalBot.Bot.Cards;
using KommunalBot.Bot.Features.Delivery;
using KommunalBot.Bot.Protocol;
using KommunalBot.Bot.Resources;
using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Features.Consult;

/// The advisors' card of a request: the copy everyone in the pool's channel sees (no buttons: those depend on who
/// looks, and come through the card's refresh), the copy with buttons for a pool member, and its posting and
/// updating through Delivery. Which buttons a member gets is asked of <see cref="ConsultWorkflow"/>.
internal sealed partial class AdvisorCards(
    CardRenderer cards,
    Texts texts,
    AdvisorDirectory directory,
    PoolChannelStore channels,
    ConsultStore store,
    IOutbox outbox,
    IOptions<ConsultOptions> options,
    ILogger<AdvisorCards> logger)
{
    public const string Owner = "consult";

    /// Teams refreshes a card automatically for at most this many listed users (Universal Actions, `refresh.userIds`).
    public const int MaxRefreshUsers = 60;

    // Enough to follow what happened lately without the card growing with every step; older entries are counted.
    private const int HistoryLines = 8;

    // A long answer or note stays readable in the history and keeps the card far below the Teams message size.
    private const int MaxDetailLength = 300;

    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    public static string ContentId(string requestId) => $"consult-{requestId}-card";

    /// The card everyone in the channel sees.
    public async Task<JsonObject> SharedCardAsync(ConsultRequest request, CultureInfo culture, CancellationToken cancellationToken) =>
        cards.Render(await DataAsync(request, null, culture, cancellationToken), culture);

    /// The card as <paramref name="viewer"/> sees it: with the buttons when they are a member of the request's pool.
    public async Task<JsonObject> CardForAsync(ConsultRequest request, ConsultActor viewer, ConsultRole role, CultureInfo culture, CancellationToken cancellationToken) =>
        cards.Render(await DataAsync(request, role == ConsultRole.PoolMember ? viewer : null, culture, cancellationToken), culture);

    /// Posts the card into the pool's channel as a new thread; a card posted before (the channel was bound again) is
    /// brought up to date everywhere.
    public async Task PostAsync(ConsultRequest request, PoolChannelBinding binding, bool mayExist, CancellationToken cancellationToken)
    {
        var message = await MessageAsync(request, binding, cancellationToken);
        var outcome = await outbox.EnqueueAsync(message, [new DeliveryRecipient.Conversation(binding.Channel)], cancellationToken);
        if (outcome is EnqueueOutcome.Rejected rejected)
        {
            AdvisorLog.CardRefused(logger, request.Id, rejected.Reason.ToString(), rejected.Detail);
        }
        else if (mayExist)
        {
            await outbox.UpdateAsync(message, cancellationToken); // an earlier enqueue keeps its content: send the current one
        }
    }

    /// Edits the posted card in place for everyone. Reads the request again after queueing the edit and edits once
    /// more when it changed meanwhile, so of two moves at once the later state is the one that stays.
    public async Task UpdateAsync(string requestId, CancellationToken cancellationToken)
    {
        for (var round = 0; round < 5 && await store.GetAsync(requestId, cancellationToken) is { } stored; round++)
        {
            var request = stored.Request;
            if (await channels.GetAsync(request.Pool, cancellationToken) is not { } binding)
            {
                return; // never posted: the binding will post it as it is then
            }

            var outcome = await outbox.UpdateAsync(await MessageAsync(request, binding, cancellationToken), cancellationToken);
            if (outcome is ChangeOutcome.Refused refused)
            {
                AdvisorLog.CardRefused(logger, request.Id, refused.Reason.ToString(), refused.Detail);
                return;
            }

            if (await store.GetAsync(requestId, cancellationToken) is not { } now || now.ETag == stored.ETag)
            {
                return;
            }
        }
    }

    private async Task<DeliveryContent> MessageAsync(ConsultRequest request, PoolChannelBinding binding, CancellationToken cancellationToken)
    {
        var culture = Texts.CultureFor(binding.Channel.Locale);
        var message = MessageFactory.Card(await SharedCardAsync(request, culture, cancellationToken));
        message.Summary = string.Format(culture, texts.Get("consultAdvisorSummary", culture), request.Id, request.Topic);
        return new DeliveryContent(ContentId(request.Id), Owner, message);
    }

    private async Task<AdvisorCardData> DataAsync(ConsultRequest request, ConsultActor? member, CultureInfo culture, CancellationToken cancellationToken)
    {
        var pool = options.Value.Pool(request.Pool);
        var binding = pool is null ? null : await channels.GetAsync(pool.Name, cancellationToken);
        var members = pool is null ? [] : await directory.MembersAsync(pool, binding?.Channel, cancellationToken);
        var userIds = members.Count <= MaxRefreshUsers ? members.Where(m => m.UserId is not null).Select(m => m.UserId!).ToList() : [];
        var shown = request.History.TakeLast(HistoryLines);
        return new AdvisorCardData
        {
            RequestId = request.Id,
            Status = request.Status,
            StatusLabel = StatusLabel(request.Status, culture),
            Urgent = request.Urgency == ConsultUrgency.Dringend,
            UrgencyLabel = texts.Get("consultAdvisorUrgency" + request.Urgency, culture),
            Topic = request.Topic,
            Organisation = request.Region.Length > 0 ? $"{request.Organisation} ({request.Region})" : request.Organisation,
            RequesterName = request.RequesterName,
            Text = request.Text,
            PreferredContact = request.PreferredContact,
            Question = request.Question,
            AnswerSeen = request.AnswerSeen,
            AssigneeName = request.Assignee is null ? null : request.AssigneeName ?? request.Assignee,
            SlaDue = request.Status == ConsultStatus.Neu && request.SlaDueUtc is { } due ? Local(due) : null,
            Created = Local(request.CreatedUtc),
            Resolution = request.Status == ConsultStatus.Geloest ? request.Resolution : null,
            History = [.. shown.Select(entry => Line(entry, culture))],
            OlderHistory = request.History.Count - shown.Count(),
            RefreshUserIds = userIds,
            ManualRefresh = userIds.Count < members.Count,
            Actions = member is null || pool is null ? null : Actions(request, pool, member, members),
        };
    }

    private string StatusLabel(ConsultStatus status, CultureInfo culture) => texts.Get("consultAdvisorStatus" + status, culture);

    private static string Local(DateTimeOffset utc) =>
        TimeZoneInfo.ConvertTime(utc, Berlin).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);

    private static string? Shorten(string? text) =>
        text is null || text.Length <= MaxDetailLength ? text : string.Concat(text.AsSpan(0, MaxDetailLength - 1), "…");
}

using System.Globalization;
using KommunalBot.Bot.Cards;
using KommunalBot.Bot.Features.Access;
using KommunalBot.Bot.Protocol;

namespace KommunalBot.Bot.Features.Broadcast;

/// `digest` (editors): sends every subscribed channel its digest now, after the preview. The preview's id is its
/// instant; "Senden" sends what was published up to it to the channels whose last digest is older, so a second press
/// or a replayed card finds nothing left. Editors limited to regions may not: a digest-now goes to every channel.
internal sealed class DigestHandlers(
    SubscriptionStore subscriptions, Digests digests, BroadcastReplies replies, BroadcastAudience audience, CardRenderer renderer,
    AccessPolicy access, TimeProvider timeProvider) : IBotFeature
{
    private const string IdPrefix = "now-";
    private const string IdFormat = "yyyyMMddHHmmss";

    public void Register(BotRoutes routes) => routes
        .OnCommand(PreviewAsync, "digest")
        .OnCardAction(DigestSendActionData.Verb, SendAsync);

    private async Task PreviewAsync(TurnContext turn)
    {
        if (Refusal(turn) is { } refusal)
        {
            await turn.ReplyWithTextAsync(replies.Text(refusal.Key, turn.Culture, refusal.Args));
            return;
        }

        var now = timeProvider.GetUtcNow();
        var until = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond)); // the id names whole seconds
        var id = IdPrefix + until.UtcDateTime.ToString(IdFormat, CultureInfo.InvariantCulture);
        var preview = await PreviewDataAsync(until, id, turn.Culture, turn.CancellationToken);
        await turn.ReplyWithCardAsync(renderer.Render(preview.Card, turn.Culture));
    }

    private async Task<InvokeResponse?> SendAsync(TurnContext turn, CardAction action)
    {
        if (CardActionData.Read<DigestSendActionData>(action) is not { } data || Instant(data.Id) is not { } until || until > timeProvider.GetUtcNow())
        {
            return await replies.RefuseAsync(turn, action, "actionUnavailable");
        }

        if (Refusal(turn) is { } refusal)
        {
            return await replies.RefuseAsync(turn, action, refusal.Key, refusal.Args);
        }

        var (card, plan) = await PreviewDataAsync(until, data.Id, turn.Culture, turn.CancellationToken);
        await digests.SendAsync(plan, turn.CancellationToken);
        var notice = plan.Groups.Count == 0
            ? replies.Text("broadcastDigestNothing", turn.Culture)
            : replies.Text("broadcastDigestSent", turn.Culture, plan.Groups.Count, plan.Audience.Channels);
        return await replies.ShowInPlaceAsync(turn, action, BroadcastReplies.Closed(card, notice, plan.Groups.Count > 0));
    }

    /// The digests of every subscription whose last digest is older than <paramref name="until"/>, as a preview.
    private async Task<(BroadcastPreviewCardData Card, DigestPlan Plan)> PreviewDataAsync(DateTimeOffset until, string id, CultureInfo culture, CancellationToken cancellationToken)
    {
        var due = new List<DigestDue>();
        await foreach (var subscription in subscriptions.ListAsync(cancellationToken))
        {
            if (subscription.LastDigestUtc < until)
            {
                due.Add(new DigestDue(subscription, until));
            }
        }

        var plan = await digests.PlanAsync(due, cancellationToken);
        BroadcastFact[] facts =
        [
            new(replies.Text("broadcastDigestFactItems", culture), plan.Items.ToString(culture)),
            new(replies.Text("broadcastDigestFactQuiet", culture), plan.Quiet.Count.ToString(culture)),
        ];
        var card = replies.Preview(replies.Text("broadcastDigestPreviewTitle", culture), facts, plan.Audience, DigestSendActionData.Verb, id, culture);
        return (card, plan);
    }

    /// Why the sender may not send digests now (a text key and its arguments), or null.
    private (string Key, object[] Args)? Refusal(TurnContext turn)
    {
        var objectId = turn.Activity.From?.AadObjectId;
        if (!access.May(turn.TenantId, objectId, Permission.Publish))
        {
            return ("broadcastDigestNotEditor", []);
        }

        return audience.EditorRegions(turn.TenantId, objectId) is { } limits
            ? ("broadcastDigestLimited", [string.Join(", ", limits)])
            : null;
    }

    private static DateTimeOffset? Instant(string id) =>
        id.StartsWith(IdPrefix, StringComparison.Ordinal)
        && DateTime.TryParseExact(id[IdPrefix.Length..], IdFormat, CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at)
            ? new DateTimeOffset(at, TimeSpan.Zero)
            : null;
}

using KommunalBot.Bot.Cards;
using KommunalBot.Bot.Features.Access;
using KommunalBot.Bot.Protocol;

namespace KommunalBot.Bot.Features.Broadcast;

/// `abonnieren`, `abbestellen` and `abos` in any team channel (not only General) or group chat, and the buttons of their
/// cards. Any member of an allowed tenant may subscribe or unsubscribe the conversation they write in (the tenant gate
/// has let only allowed tenants in); people with only the role Guest may not: a guest of a project team should not
/// decide what the municipality's channel receives. The conversation is always the one the message or button came
/// from, never a value of a card. A subscription names whoever saved it last (Entra object id), as the person
/// responsible for it.
internal sealed class SubscriptionHandlers(
    SubscriptionStore subscriptions,
    ConversationReferenceStore references,
    SubscriptionCards cards,
    BroadcastReplies replies,
    CardRenderer renderer,
    AccessPolicy access,
    TimeProvider timeProvider,
    ILogger<SubscriptionHandlers> logger) : IBotFeature
{
    public void Register(BotRoutes routes) => routes
        .OnCommand(OpenAsync, "abonnieren", "subscribe")
        .OnCommand(AskEndAsync, "abbestellen", "unsubscribe")
        .OnCommand(ShowAsync, "abos", "subscriptions")
        .OnCardAction(SubscriptionSaveActionData.Verb, SaveAsync)
        .OnCardAction(SubscriptionEndActionData.Verb, EndAsync);

    private async Task OpenAsync(TurnContext turn)
    {
        if (Refusal(turn) is { } refusal)
        {
            await turn.ReplyWithTextAsync(cards.Text(refusal, turn.Culture));
            return;
        }

        var current = await subscriptions.GetAsync(turn.Activity.Conversation!.Id!, turn.CancellationToken);
        await turn.ReplyWithCardAsync(renderer.Render(SubscriptionForm.Card(current, cards.Topics()), turn.Culture));
    }

    private async Task<InvokeResponse?> SaveAsync(TurnContext turn, CardAction action)
    {
        if (CardActionData.Read<SubscriptionSaveActionData>(action) is not { } input)
        {
            return await replies.RefuseAsync(turn, action, "actionUnavailable");
        }

        if (Refusal(turn) is { } refusal)
        {
            return await replies.RefuseAsync(turn, action, refusal);
        }

        var topics = cards.Topics();
        var (choice, error) = SubscriptionForm.Read(input, topics);
        if (choice is null)
        {
            return await replies.ShowInPlaceAsync(turn, action, SubscriptionForm.Returned(input, topics, cards.Text(error!, turn.Culture)));
        }

        var now = timeProvider.GetUtcNow();
        var conversationId = ConversationReference.WithoutThread(turn.Activity.Conversation!.Id!);
        var reference = await references.GetAsync(turn.TenantId, conversationId, turn.CancellationToken) ?? ConversationReference.From(turn.Activity, now);
        var savedBy = turn.Activity.From!.AadObjectId!;
        var saved = await subscriptions.UpdateAsync(conversationId, s => choice.Apply(s) with { Reference = reference, CreatedBy = savedBy }, turn.CancellationToken);
        if (saved is null)
        {
            saved = choice.Apply(new Subscription
            {
                Reference = reference,
                Topics = [],
                Kinds = [],
                Frequency = DigestFrequency.Weekly,
                CreatedBy = savedBy,
                CreatedUtc = now,
                LastDigestUtc = now, // the first digest holds what is published from now on
            });
            await subscriptions.SaveAsync(saved, turn.CancellationToken);
        }

        SubscriptionLog.Saved(logger, reference.ConversationType, reference.TenantId, saved.Frequency, saved.Kinds.Count, saved.Topics.Count, saved.Region ?? "alle");
        return await replies.ShowInPlaceAsync(turn, action, new SubscriptionCardData
        {
            Title = cards.Text("broadcastSubSavedTitle", turn.Culture),
            Notice = cards.Text("broadcastSubSaved", turn.Culture, SubscriptionCards.NextDigest(saved, now)),
            Facts = cards.Facts(saved, now, turn.Culture),
            Total = null,
            Confirm = false,
        });
    }

    private async Task AskEndAsync(TurnContext turn)
    {
        if (Refusal(turn) is { } refusal)
        {
            await turn.ReplyWithTextAsync(cards.Text(refusal, turn.Culture));
            return;
        }

        if (await subscriptions.GetAsync(turn.Activity.Conversation!.Id!, turn.CancellationToken) is not { } current)
        {
            await turn.ReplyWithTextAsync(cards.Text("broadcastSubNone", turn.Culture));
            return;
        }

        await turn.ReplyWithCardAsync(renderer.Render(new SubscriptionCardData
        {
            Title = cards.Text("broadcastSubStatusTitle", turn.Culture),
            Notice = null,
            Facts = cards.Facts(current, timeProvider.GetUtcNow(), turn.Culture),
            Total = null,
            Confirm = true,
        }, turn.Culture));
    }

    private async Task<InvokeResponse?> EndAsync(TurnContext turn, CardAction action)
    {
        if (CardActionData.Read<SubscriptionEndActionData>(action) is null)
        {
            return await replies.RefuseAsync(turn, action, "actionUnavailable");
        }

        if (Refusal(turn) is { } refusal)
        {
            return await replies.RefuseAsync(turn, action, refusal);
        }

        var ended = await subscriptions.DeleteAsync(turn.Activity.Conversation!.Id!, turn.CancellationToken);
        if (ended)
        {
            SubscriptionLog.Ended(logger, turn.TenantId, "abbestellen");
        }

        return await replies.ShowInPlaceAsync(turn, action, new SubscriptionCardData
        {
            Title = cards.Text(ended ? "broadcastSubEndedTitle" : "broadcastSubStatusTitle", turn.Culture),
            Notice = cards.Text(ended ? "broadcastSubEnded" : "broadcastSubNone", turn.Culture),
            Facts = [],
            Total = null,
            Confirm = false,
        });
    }

    /// `abos`: this conversation's subscription; for editors and admins also how many there are in all (in a 1:1 chat
    /// only that).
    private async Task ShowAsync(TurnContext turn)
    {
        var total = await cards.TotalAsync(turn.TenantId, turn.Activity.From?.AadObjectId, turn.Culture, turn.CancellationToken);
        if (turn.Activity.IsPersonal())
        {
            await turn.ReplyWithTextAsync(cards.Text("broadcastSubPersonal", turn.Culture) + (total is null ? string.Empty : "\n\n" + total));
            return;
        }

        var current = await subscriptions.GetAsync(turn.Activity.Conversation!.Id!, turn.CancellationToken);
        await turn.ReplyWithCardAsync(renderer.Render(new SubscriptionCardData
        {
            Title = cards.Text("broadcastSubStatusTitle", turn.Culture),
            Notice = current is null ? cards.Text("broadcastSubNone", turn.Culture) : null,
            NoticeColor = "Default",
            Facts = current is null ? [] : cards.Facts(current, timeProvider.GetUtcNow(), turn.Culture),
            Total = total,
            Confirm = false,
        }, turn.Culture));
    }

    /// The text key of why the sender may not change this conversation's subscription, or null.
    private string? Refusal(TurnContext turn)
    {
        var activity = turn.Activity;
        if (activity.IsPersonal())
        {
            return "broadcastSubPersonal";
        }

        var objectId = activity.From?.AadObjectId;
        return string.IsNullOrEmpty(objectId) || !access.RolesOf(turn.TenantId, objectId).Any(r => r != Role.Guest) ? "broadcastSubNotAllowed" : null;
    }
}

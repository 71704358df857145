using KommunalBot.Bot.Cards;
using KommunalBot.Bot.Features.Access;
using KommunalBot.Bot.Protocol;
using KommunalBot.Bot.Resources;

namespace KommunalBot.Bot.Features.Delivery;

/// `zustellungen` / `deliveries` and the report card's buttons, for editors (<see cref="Permission.ViewDeliveries"/>;
/// recall needs <see cref="Permission.Publish"/>). Everyone else is told so, and a forged button changes nothing:
/// every handler checks the role of whoever pressed it, not of whoever got the card.
internal sealed partial class DeliveryHandlers(
    DeliveryEditors editors,
    IOutbox outbox,
    DeliveryCards deliveryCards,
    CardRenderer cards,
    Texts texts,
    AccessPolicy access) : IBotFeature
{
    /// Sends on the `zustellungen` card; the admin API lists more.
    private const int ListSize = 10;

    public void Register(BotRoutes routes) => routes
        .OnCommand(ShowDeliveriesAsync, "zustellungen", "deliveries")
        .OnCardAction(DeliveryReportActionData.Verb, ReportAsync)
        .OnCardAction(DeliveryRefreshActionData.Verb, RefreshAsync)
        .OnCardAction(DeliveryConfirmRecallActionData.Verb, ConfirmRecallAsync)
        .OnCardAction(DeliveryRecallActionData.Verb, RecallAsync);

    private async Task ShowDeliveriesAsync(TurnContext turn)
    {
        if (!May(turn, Permission.ViewDeliveries))
        {
            await turn.ReplyWithTextAsync(texts.Get("roleRequired", turn.Culture));
            return;
        }

        var reports = await editors.RecentAsync(ListSize, turn.CancellationToken);
        if (reports.Count == 0)
        {
            await turn.ReplyWithTextAsync(texts.Get("deliveriesEmpty", turn.Culture));
            return;
        }

        await turn.ReplyWithCardAsync(cards.Render(deliveryCards.List(reports, turn.Culture), turn.Culture));
    }

    private bool May(TurnContext turn, Permission permission) =>
        access.May(turn.TenantId, turn.Activity.From?.AadObjectId, permission);
}

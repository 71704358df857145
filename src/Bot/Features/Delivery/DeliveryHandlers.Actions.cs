using System.Text.Json.Nodes;
using KommunalBot.Bot.Cards;
using KommunalBot.Bot.Features.Access;
using KommunalBot.Bot.Protocol;

namespace KommunalBot.Bot.Features.Delivery;

internal sealed partial class DeliveryHandlers
{
    /// "Bericht" on the list: the report as a new message, so the list stays.
    private async Task<InvokeResponse?> ReportAsync(TurnContext turn, CardAction action)
    {
        var (report, refusal) = await ReadReportAsync(turn, CardActionData.Read<DeliveryReportActionData>(action)?.ContentId, Permission.ViewDeliveries);
        if (report is null)
        {
            return await RefuseAsync(turn, action, refusal!);
        }

        await turn.ReplyWithCardAsync(cards.Render(deliveryCards.Report(report, turn.Culture), turn.Culture));
        return action.IsInvoke ? InvokeResponse.Message(report.Summary) : null;
    }

    /// "Aktualisieren" and "Abbrechen": the report card again, in place.
    private async Task<InvokeResponse?> RefreshAsync(TurnContext turn, CardAction action)
    {
        var (report, refusal) = await ReadReportAsync(turn, CardActionData.Read<DeliveryRefreshActionData>(action)?.ContentId, Permission.ViewDeliveries);
        return report is null
            ? await RefuseAsync(turn, action, refusal!)
            : await ShowInPlaceAsync(turn, action, deliveryCards.Report(report, turn.Culture));
    }

    /// "Weiter" after choosing how to recall: the report with a confirmation step. Nothing is recalled yet, so one
    /// click cannot withdraw a send to hundreds of channels.
    private async Task<InvokeResponse?> ConfirmRecallAsync(TurnContext turn, CardAction action)
    {
        var data = CardActionData.Read<DeliveryConfirmRecallActionData>(action);
        var (report, refusal) = await ReadReportAsync(turn, data?.ContentId, Permission.Publish);
        if (report is null)
        {
            return await RefuseAsync(turn, action, refusal!);
        }

        if (report.Recalled || data!.Mode is not { } mode)
        {
            return await RefuseAsync(turn, action, report.Recalled ? "deliveryAlreadyRecalled" : "deliveryRecallChoose");
        }

        var card = deliveryCards.Report(report, turn.Culture) with { Confirm = deliveryCards.Confirm(report, mode, turn.Culture) };
        return await ShowInPlaceAsync(turn, action, card);
    }

    /// "Ja, zurückziehen": recalls, then shows the report with what the recall will do.
    private async Task<InvokeResponse?> RecallAsync(TurnContext turn, CardAction action)
    {
        var data = CardActionData.Read<DeliveryRecallActionData>(action);
        if (data is null || !May(turn, Permission.Publish))
        {
            return await RefuseAsync(turn, action, data is null ? "actionUnavailable" : "roleRequired");
        }

        var outcome = await editors.RecallAsync(data.ContentId, data.Mode, "Teams", turn.CancellationToken);
        if (outcome is not ChangeOutcome.Accepted accepted || await outbox.ReportAsync(data.ContentId, turn.CancellationToken) is not { } report)
        {
            var refusal = outcome is ChangeOutcome.Refused { Reason: DeliveryRefusal.Recalled } ? "deliveryAlreadyRecalled" : "deliveryNotFound";
            return await RefuseAsync(turn, action, refusal);
        }

        var card = deliveryCards.Report(report, turn.Culture) with { Notice = deliveryCards.Accepted(accepted, turn.Culture) };
        return await ShowInPlaceAsync(turn, action, card);
    }

    /// The report a button asks for; or, when the payload is not ours, the presser lacks the permission or the
    /// content is gone, null and the key of the text that says so.
    private async Task<(DeliveryReport? Report, string? Refusal)> ReadReportAsync(TurnContext turn, string? contentId, Permission permission)
    {
        if (contentId is null)
        {
            return (null, "actionUnavailable");
        }

        if (!May(turn, permission))
        {
            return (null, "roleRequired");
        }

        var report = await outbox.ReportAsync(contentId, turn.CancellationToken);
        return (report, report is null ? "deliveryNotFound" : null);
    }

    /// Replaces the card the button was on (Action.Execute: the invoke response; Action.Submit: an update).
    private async Task<InvokeResponse?> ShowInPlaceAsync(TurnContext turn, CardAction action, DeliveryReportCardData data)
    {
        JsonObject card = cards.Render(data, turn.Culture);
        if (action.IsInvoke)
        {
            return InvokeResponse.Card(card);
        }

        if (!string.IsNullOrEmpty(turn.Activity.ReplyToId))
        {
            await turn.UpdateCardAsync(turn.Activity.ReplyToId, card);
        }
        else
        {
            await turn.ReplyWithCardAsync(card);
        }

        return null;
    }

    private async Task<InvokeResponse?> RefuseAsync(TurnContext turn, CardAction action, string textKey)
    {
        var text = texts.Get(textKey, turn.Culture);
        if (action.IsInvoke)
        {
            return InvokeResponse.Message(text);
        }

        await turn.ReplyWithTextAsync(text);
        return null;
    }
}

using KommunalBot.Bot.Cards;
using KommunalBot.Bot.Features.Access;
using KommunalBot.Bot.Protocol;
using KommunalBot.Bot.Resources;

namespace KommunalBot.Bot.Features.Consult;

/// The request form: `beratung` (text after it pre-fills the description) and "Beratung anfragen" on Ask's cards open
/// it; "Anfrage senden" stores a valid request and turns the form into the confirmation, or shows the form again
/// with the input kept and the errors next to the fields. Nothing is stored until the input is valid.
internal sealed class IntakeHandlers(
    ConsultService service,
    ConsultStore store,
    IntakeForm form,
    ClerkCards clerkCards,
    ClerkGate gate,
    AccessPolicy access,
    CardRenderer cards,
    Texts texts) : IBotFeature
{
    public void Register(BotRoutes routes) => routes
        .OnCommand(OpenFromCommandAsync, "beratung", "consulting")
        .OnCardAction(ConsultFormActionData.Verb, OpenFromCardAsync)
        .OnCardAction(ConsultSubmitActionData.Verb, SubmitAsync);

    private async Task OpenFromCommandAsync(TurnContext turn)
    {
        var (clerk, refusal) = gate.Check(turn);
        if (clerk is null)
        {
            await turn.ReplyWithTextAsync(texts.Get(refusal!, turn.Culture));
            return;
        }

        var parts = turn.Text.Split(' ', 2, StringSplitOptions.TrimEntries);
        await turn.ReplyWithCardAsync(cards.Render(await NewFormAsync(turn, clerk, parts.Length > 1 ? parts[1] : string.Empty, null), turn.Culture));
    }

    /// From an answer card the form is a new message below it: the answer stays where it was.
    private async Task<InvokeResponse?> OpenFromCardAsync(TurnContext turn, CardAction action)
    {
        if (CardActionData.Read<ConsultFormActionData>(action) is not { } data)
        {
            return await ClerkReplies.TextAsync(turn, action, texts.Get("actionUnavailable", turn.Culture));
        }

        var (clerk, refusal) = gate.Check(turn);
        if (clerk is null)
        {
            return await ClerkReplies.TextAsync(turn, action, texts.Get(refusal!, turn.Culture));
        }

        await turn.ReplyWithCardAsync(cards.Render(await NewFormAsync(turn, clerk, string.Empty, data), turn.Culture));
        return action.IsInvoke ? InvokeResponse.Message(texts.Get("consultIntakeFormOpened", turn.Culture)) : null;
    }

    private async Task<InvokeResponse?> SubmitAsync(TurnContext turn, CardAction action)
    {
        if (CardActionData.Read<ConsultSubmitActionData>(action) is not { } input)
        {
            return await ClerkReplies.TextAsync(turn, action, texts.Get("actionUnavailable", turn.Culture));
        }

        var (clerk, refusal) = gate.Check(turn);
        if (clerk is null)
        {
            return await ClerkReplies.TextAsync(turn, action, texts.Get(refusal!, turn.Culture));
        }

        var (intake, checkedForm) = form.Check(input, turn.Culture);
        if (intake is null)
        {
            return await ClerkReplies.CardAsync(turn, action, cards.Render(checkedForm, turn.Culture));
        }

        var request = await service.CreateAsync(intake, clerk, turn.CancellationToken);
        return await ClerkReplies.CardAsync(turn, action, cards.Render(clerkCards.Confirmation(request, turn.Culture), turn.Culture));
    }

    /// Organisation and region as the clerk gave them last time (they may have been more precise than the allow-list),
    /// else from their tenant's allow-list entry.
    private async Task<ConsultFormCardData> NewFormAsync(TurnContext turn, ConsultActor clerk, string description, ConsultFormActionData? from)
    {
        ConsultRequest? last = null;
        await foreach (var request in store.ListByRequesterAsync(clerk.TenantId, clerk.ObjectId, turn.CancellationToken))
        {
            last = last is null || request.CreatedUtc >= last.CreatedUtc ? request : last;
        }

        var tenant = access.Tenant(clerk.TenantId);
        return form.New(last?.Organisation ?? tenant?.Organisation ?? string.Empty, last?.Region ?? tenant?.Region ?? string.Empty, description, from, turn.Culture);
    }
}

using System.Text.Json.Nodes;
using KommunalBot.Bot.Cards;
using KommunalBot.Bot.Protocol;
using KommunalBot.Bot.Resources;

namespace KommunalBot.Bot.Features.Consult;

/// A clerk's own requests: `meine anfragen`, and on its cards Details, Information ergänzen, Zurückziehen and Bewerten.
/// Every button names a request id, which anyone could forge: what is shown is checked against the requester
/// (<see cref="ConsultService.RoleOf"/>), and every change goes through <see cref="ConsultService.MoveAsync"/>, which
/// refuses anyone but the requester and writes the attempt to the request's history. Another person, of this tenant or
/// another, is told only that the request is not among theirs.
internal sealed class ClerkHandlers(
    ConsultService service,
    ConsultStore store,
    ClerkCards clerkCards,
    ClerkGate gate,
    CardRenderer cards,
    Texts texts) : IBotFeature
{
    public void Register(BotRoutes routes) => routes
        .OnCommand(ListAsync, "meine anfragen", "my requests")
        .OnCardAction(ConsultListActionData.Verb, ListActionAsync)
        .OnCardAction(ConsultDetailsActionData.Verb, DetailsAsync)
        .OnCardAction(ConsultAddInfoActionData.Verb, AddInfoAsync)
        .OnCardAction(ConsultWithdrawActionData.Verb, WithdrawAsync)
        .OnCardAction(ConsultRateActionData.Verb, RateAsync);

    private async Task ListAsync(TurnContext turn)
    {
        var (clerk, refusal) = gate.Check(turn);
        await (clerk is null
            ? turn.ReplyWithTextAsync(texts.Get(refusal!, turn.Culture))
            : turn.ReplyWithCardAsync(await ListCardAsync(turn, clerk, note: null)));
    }

    private Task<InvokeResponse?> ListActionAsync(TurnContext turn, CardAction action) =>
        RunAsync<ConsultListActionData>(turn, action, async (_, clerk) => await ClerkReplies.CardAsync(turn, action, await ListCardAsync(turn, clerk, note: null)));

    private Task<InvokeResponse?> DetailsAsync(TurnContext turn, CardAction action) =>
        RunAsync<ConsultDetailsActionData>(turn, action, async (data, clerk) =>
            await store.GetAsync(data.Id, turn.CancellationToken) is { } stored && service.RoleOf(stored.Request, clerk) == ConsultRole.Requester
                ? await ClerkReplies.CardAsync(turn, action, cards.Render(clerkCards.Details(stored.Request, null, turn.Culture), turn.Culture))
                : await NotYoursAsync(turn, action));

    private Task<InvokeResponse?> AddInfoAsync(TurnContext turn, CardAction action) =>
        RunAsync<ConsultAddInfoActionData>(turn, action, async (data, clerk) =>
        {
            if (data.Info?.Trim() is not { Length: > 0 } info)
            {
                return await ClerkReplies.TextAsync(turn, action, texts.Get("consultIntakeInfoEmpty", turn.Culture));
            }

            var outcome = await service.MoveAsync(data.Id, clerk, ConsultActionKind.AddInfo, turn.CancellationToken, detail: info);
            return await AfterMoveAsync(turn, action, outcome, "consultIntakeNotOpen", moved =>
                Task.FromResult(cards.Render(clerkCards.Details(moved, texts.Get("consultIntakeInfoSent", turn.Culture), turn.Culture), turn.Culture)));
        });

    private Task<InvokeResponse?> WithdrawAsync(TurnContext turn, CardAction action) =>
        RunAsync<ConsultWithdrawActionData>(turn, action, async (data, clerk) =>
        {
            var outcome = await service.MoveAsync(data.Id, clerk, ConsultActionKind.Withdraw, turn.CancellationToken);
            var note = string.Format(turn.Culture, texts.Get("consultIntakeWithdrawn", turn.Culture), data.Id);
            return await AfterMoveAsync(turn, action, outcome, "consultIntakeNotOpen", _ => ListCardAsync(turn, clerk, note));
        });

    private Task<InvokeResponse?> RateAsync(TurnContext turn, CardAction action) =>
        RunAsync<ConsultRateActionData>(turn, action, async (data, clerk) =>
        {
            var outcome = await service.MoveAsync(data.Id, clerk, ConsultActionKind.Rate, turn.CancellationToken, rating: data.Rating);
            var note = string.Format(turn.Culture, texts.Get("consultIntakeRated", turn.Culture), data.Id);
            return await AfterMoveAsync(turn, action, outcome, "consultIntakeNotClosed", _ => ListCardAsync(turn, clerk, note));
        });

    /// Reads the button's payload and checks the clerk; a payload our cards do not send is refused like a stale button.
    private async Task<InvokeResponse?> RunAsync<T>(TurnContext turn, CardAction action, Func<T, ConsultActor, Task<InvokeResponse?>> work)
        where T : CardActionData, ICardAction<T>
    {
        if (CardActionData.Read<T>(action) is not { } data)
        {
            return await ClerkReplies.TextAsync(turn, action, texts.Get("actionUnavailable", turn.Culture));
        }

        var (clerk, refusal) = gate.Check(turn);
        return clerk is null
            ? await ClerkReplies.TextAsync(turn, action, texts.Get(refusal!, turn.Culture))
            : await work(data, clerk);
    }

    /// A refusal for a stranger, or for an id that does not exist, reads the same: nothing is revealed about either.
    /// <paramref name="wrongStatusKey"/>: the text for a move that does not fit the request's status now.
    private async Task<InvokeResponse?> AfterMoveAsync(
        TurnContext turn, CardAction action, MoveOutcome outcome, string wrongStatusKey, Func<ConsultRequest, Task<JsonObject>> card) => outcome switch
    {
        MoveOutcome.Moved moved => await ClerkReplies.CardAsync(turn, action, await card(moved.Request)),
        MoveOutcome.Refused { Reason: ConsultRefusal.WrongStatus } => await ClerkReplies.TextAsync(turn, action, texts.Get(wrongStatusKey, turn.Culture)),
        MoveOutcome.Refused { Reason: ConsultRefusal.InvalidTarget } => await ClerkReplies.TextAsync(turn, action, texts.Get("actionUnavailable", turn.Culture)),
        _ => await NotYoursAsync(turn, action),
    };

    private Task<InvokeResponse?> NotYoursAsync(TurnContext turn, CardAction action) =>
        ClerkReplies.TextAsync(turn, action, texts.Get("consultIntakeNotYours", turn.Culture));

    private async Task<JsonObject> ListCardAsync(TurnContext turn, ConsultActor clerk, string? note)
    {
        var requests = new List<ConsultRequest>();
        await foreach (var request in store.ListByRequesterAsync(clerk.TenantId, clerk.ObjectId, turn.CancellationToken))
        {
            requests.Add(request);
        }

        return cards.Render(clerkCards.List(requests, note, turn.Culture), turn.Culture);
    }
}

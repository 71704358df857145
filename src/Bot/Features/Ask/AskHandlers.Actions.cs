using System.Text.Json;
using System.Text.Json.Nodes;
using KommunalBot.Bot.Cards;
using KommunalBot.Bot.Protocol;
using KommunalBot.Knowledge.Answers;

namespace KommunalBot.Bot.Features.Ask;

internal sealed partial class AskHandlers
{
    /// "Hilfreich" / "Nicht hilfreich": stored with the question; the card is updated in place to say thanks.
    /// Only the person who asked may rate, in the tenant they asked in; anyone else is told so.
    private async Task<InvokeResponse?> FeedbackAsync(TurnContext turn, CardAction action)
    {
        var data = CardActionData.Read<FeedbackActionData>(action);
        var asker = data is not null && QuestionLog.IsWellFormedId(data.QuestionId) ? await askers.GetAsync(data.QuestionId, turn.CancellationToken) : null;
        if (data is null || asker is null)
        {
            return await ReplyOrInvokeAsync(turn, action, texts.Get("actionUnavailable", turn.Culture));
        }

        if (!asker.IsSamePerson(turn))
        {
            return await ReplyOrInvokeAsync(turn, action, texts.Get("feedbackNotYours", turn.Culture));
        }

        var reason = data.Reason?.Trim() is { Length: > 0 } given ? Truncate(given, FeedbackActionData.MaxReasonLength) : null;
        var (outcome, record) = await questions.SetFeedbackAsync(data.QuestionId, data.Helpful, reason, turn.CancellationToken);
        if (record is null)
        {
            var text = outcome == FeedbackOutcome.Busy ? "feedbackBusy" : "actionUnavailable";
            return await ReplyOrInvokeAsync(turn, action, texts.Get(text, turn.Culture));
        }

        AskLog.Feedback(logger, data.Helpful, record.Id);
        var thanks = texts.Get(data.Helpful ? "answerFeedbackThanks" : "answerFeedbackThanksUnhelpful", turn.Culture);
        if (RenderRated(record, turn) is not { } card)
        {
            return await ReplyOrInvokeAsync(turn, action, thanks);
        }

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
            await turn.ReplyWithTextAsync(thanks);
        }

        return null;
    }

    /// The card as it was sent, an answer card now with the rating; null when its stored data no longer fits the
    /// card (then the asker is thanked in words).
    private JsonObject? RenderRated(QuestionRecord record, TurnContext turn)
    {
        try
        {
            return record.CardName == AnswerCardData.CardName
                ? cards.Render(record.CardData.Deserialize(AnswerCardData.JsonType)! with { Feedback = record.Feedback }, turn.Culture)
                : cards.Render(record.CardData.Deserialize(NoAnswerCardData.JsonType)!, turn.Culture);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private Task<InvokeResponse?> SteckbriefActionAsync(TurnContext turn, CardAction action) =>
        CardActionData.Read<SteckbriefActionData>(action) is { } data && host.Knowledge.Get(data.ServiceId)?.Steckbrief is not null
            ? ShowSteckbriefOrHintAsync(turn, action, data.ServiceId)
            : ReplyOrInvokeAsync(turn, action, texts.Get("actionUnavailable", turn.Culture));

    /// "Meinten Sie …?": the question answered again for the chosen service. Only the asker's own question
    /// is asked again; for anyone else the bot answers about the service, never with another person's words.
    private async Task<InvokeResponse?> DidYouMeanAsync(TurnContext turn, CardAction action)
    {
        var data = CardActionData.Read<DidYouMeanActionData>(action);
        var service = data is null ? null : host.Knowledge.Get(data.ServiceId);
        if (data is null || service is null)
        {
            return await ReplyOrInvokeAsync(turn, action, texts.Get("actionUnavailable", turn.Culture));
        }

        var id = data.QuestionId;
        var own = QuestionLog.IsWellFormedId(id) && await askers.GetAsync(id, turn.CancellationToken) is { } asker && asker.IsSamePerson(turn)
            ? await questions.GetAsync(id, turn.CancellationToken)
            : null;
        var question = own?.Question ?? service.Title;
        // The same question, answered for the chosen service: never the same no-answer again.
        var answer = host.Knowledge.Answer(question, new AnswerContext(PreviousServiceId: null, SubjectServiceId: service.Id));
        var answered = await AnswerAsync(turn, question, answer, chosen: true);
        await context.RememberAsync(turn, answered.ServiceId ?? service.Id);
        return action.IsInvoke ? InvokeResponse.Message(service.Title) : null;
    }

    private async Task<InvokeResponse?> ServicesActionAsync(TurnContext turn, CardAction action)
    {
        // A page the card did not send (a stale or forged button) shows the Themenfelder.
        var data = CardActionData.Read<ServicesActionData>(action);
        var card = cards.Render(serviceCards.Services(host.Knowledge, data?.Themenfeld, data?.Page ?? 1, turn.Culture), turn.Culture);
        if (action.IsInvoke)
        {
            return InvokeResponse.Card(card); // paging updates the card in place
        }

        await turn.ReplyWithCardAsync(card);
        return null;
    }

    private static async Task<InvokeResponse?> ReplyOrInvokeAsync(TurnContext turn, CardAction action, string text)
    {
        if (action.IsInvoke)
        {
            return InvokeResponse.Message(text);
        }

        await turn.ReplyWithTextAsync(text);
        return null;
    }
}

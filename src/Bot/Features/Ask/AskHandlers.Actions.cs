using System.Text.Json.Nodes;
using KommunalBot.Bot.Protocol;
using KommunalBot.Knowledge.Answers;

namespace KommunalBot.Bot.Features.Ask;

internal sealed partial class AskHandlers
{
    /// "Hilfreich" / "Nicht hilfreich": stored with the question; the card is updated in place to say thanks.
    /// Only the person who asked may rate, in the tenant they asked in; anyone else is told so.
    private async Task<InvokeResponse?> FeedbackAsync(TurnContext turn, CardAction action)
    {
        var data = AskActionData.Read(action.Data);
        var asker = data.QuestionId is { } id ? await askers.GetAsync(id, turn.CancellationToken) : null;
        if (asker is null || data.Helpful is not { } helpful)
        {
            return await ReplyOrInvokeAsync(turn, action, texts.Get("actionUnavailable", turn.Culture));
        }

        if (!asker.IsSamePerson(turn))
        {
            return await ReplyOrInvokeAsync(turn, action, texts.Get("feedbackNotYours", turn.Culture));
        }

        var (outcome, record) = await questions.SetFeedbackAsync(data.QuestionId!, helpful, data.Reason, turn.CancellationToken);
        if (record is null)
        {
            var text = outcome == FeedbackOutcome.Busy ? "feedbackBusy" : "actionUnavailable";
            return await ReplyOrInvokeAsync(turn, action, texts.Get(text, turn.Culture));
        }

        AskLog.Feedback(logger, helpful, record.Id);
        var cardData = (JsonObject)record.CardData.DeepClone();
        cardData["feedback"] = record.Feedback;
        var card = cards.Render(record.CardName, cardData, turn.Culture);
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
            await turn.ReplyWithTextAsync(texts.Get(helpful ? "answerFeedbackThanks" : "answerFeedbackThanksUnhelpful", turn.Culture));
        }

        return null;
    }

    private Task<InvokeResponse?> SteckbriefActionAsync(TurnContext turn, CardAction action) =>
        AskActionData.Read(action.Data).ServiceId is { } serviceId && host.Knowledge.Get(serviceId)?.Steckbrief is not null
            ? ShowSteckbriefOrHintAsync(turn, action, serviceId)
            : ReplyOrInvokeAsync(turn, action, texts.Get("actionUnavailable", turn.Culture));

    private Task<InvokeResponse?> ConsultAsync(TurnContext turn, CardAction action) =>
        ReplyOrInvokeAsync(turn, action, texts.Get("consultInfo", turn.Culture));

    /// "Meinten Sie …?": the question answered again for the chosen service. Only the asker's own question
    /// is asked again; for anyone else the bot answers about the service, never with another person's words.
    private async Task<InvokeResponse?> DidYouMeanAsync(TurnContext turn, CardAction action)
    {
        var data = AskActionData.Read(action.Data);
        var service = data.ServiceId is { } serviceId ? host.Knowledge.Get(serviceId) : null;
        if (service is null)
        {
            return await ReplyOrInvokeAsync(turn, action, texts.Get("actionUnavailable", turn.Culture));
        }

        var own = data.QuestionId is { } id && await askers.GetAsync(id, turn.CancellationToken) is { } asker && asker.IsSamePerson(turn)
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
        var data = AskActionData.Read(action.Data);
        var card = cards.Render("services", serviceCards.Services(host.Knowledge, data.Themenfeld, data.Page ?? 1, turn.Culture), turn.Culture);
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

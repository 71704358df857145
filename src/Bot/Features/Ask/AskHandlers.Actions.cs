using System.Text.Json;
using System.Text.Json.Nodes;
using KommunalBot.Bot.Protocol;
using KommunalBot.Knowledge.Answers;

namespace KommunalBot.Bot.Features.Ask;

internal sealed partial class AskHandlers
{
    /// "Hilfreich" / "Nicht hilfreich": stored with the question; the card is updated in place to say thanks.
    private async Task<InvokeResponse?> FeedbackAsync(TurnContext turn, CardAction action)
    {
        var questionId = String(action.Data, "questionId");
        var helpful = action.Data.ValueKind == JsonValueKind.Object
            && action.Data.TryGetProperty("helpful", out var h) && (h.ValueKind == JsonValueKind.True || (h.ValueKind == JsonValueKind.String && h.GetString() == "true"));
        var record = questionId is null ? null : await questions.SetFeedbackAsync(questionId, helpful, String(action.Data, "reason"), turn.CancellationToken);
        if (record is null)
        {
            return await ReplyOrInvokeAsync(turn, action, texts.Get("actionUnavailable", turn.Culture));
        }

        AskLog.Feedback(logger, helpful, record.Id);
        var data = (JsonObject)record.CardData.DeepClone();
        data["feedback"] = record.Feedback;
        var card = cards.Render(record.CardName, data, turn.Culture);
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
        ShowSteckbriefOrHintAsync(turn, action, String(action.Data, "serviceId") ?? "");

    private Task<InvokeResponse?> ConsultAsync(TurnContext turn, CardAction action) =>
        ReplyOrInvokeAsync(turn, action, texts.Get("consultInfo", turn.Culture));

    /// "Meinten Sie …?": the stored question answered again for the chosen service.
    private async Task<InvokeResponse?> DidYouMeanAsync(TurnContext turn, CardAction action)
    {
        var serviceId = String(action.Data, "serviceId");
        var record = String(action.Data, "questionId") is { } id ? await questions.GetAsync(id, turn.CancellationToken) : null;
        var service = serviceId is null ? null : host.Knowledge.Get(serviceId);
        if (service is null)
        {
            return await ReplyOrInvokeAsync(turn, action, texts.Get("actionUnavailable", turn.Culture));
        }

        var question = record?.Question ?? service.Title;
        var answer = host.Knowledge.Answer(question, new AnswerContext(service.Id));
        if (answer.Services.FirstOrDefault()?.Id != service.Id)
        {
            // The question named another service: ask about the chosen one with the same facet.
            answer = host.Knowledge.Answer($"{service.Title} {question}", new AnswerContext(service.Id));
        }

        var answered = await AnswerAsync(turn, question, answer);
        await context.RememberAsync(turn.TenantId, turn.Activity.Conversation?.Id ?? "", turn.Activity.From?.Id ?? "", answered.ServiceId ?? service.Id, turn.CancellationToken);
        return action.IsInvoke ? InvokeResponse.Message(service.Title) : null;
    }

    private async Task<InvokeResponse?> ServicesActionAsync(TurnContext turn, CardAction action)
    {
        var page = action.Data.ValueKind == JsonValueKind.Object && action.Data.TryGetProperty("page", out var p)
            && (p.ValueKind == JsonValueKind.Number ? p.TryGetInt32(out var n) : int.TryParse(p.GetString(), out n)) ? n : 1;
        var card = cards.Render("services", serviceCards.Services(host.Knowledge, String(action.Data, "themenfeld"), page, turn.Culture), turn.Culture);
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

    private static string? String(JsonElement data, string name) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}

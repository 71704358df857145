using System.Text.Json.Nodes;
using KommunalBot.Bot.Cards;
using KommunalBot.Bot.Features.Ask.Assistant;
using KommunalBot.Bot.Features.Consult;
using KommunalBot.Bot.Features.Knowledge;
using KommunalBot.Bot.Protocol;
using KommunalBot.Bot.Resources;
using KommunalBot.Knowledge.Answers;
using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Features.Ask;

/// Questions in German (1:1, or @mention in a channel), the commands dienste / steckbrief / neu, and the
/// answer card's buttons.
internal sealed partial class AskHandlers(
    KnowledgeHost host,
    AnswerCards answerCards,
    ServiceCards serviceCards,
    CardRenderer cards,
    Texts texts,
    ConversationContext context,
    QuestionLog questions,
    QuestionAskers askers,
    IAnswerPhraser phraser,
    ConsultAvailability consulting,
    IOptions<AskOptions> options,
    TimeProvider timeProvider,
    ILogger<AskHandlers> logger) : IBotFeature
{
    public void Register(BotRoutes routes) => routes
        .OnQuestion(AnswerQuestionAsync)
        .OnCommand(ShowServicesAsync, "dienste", "services")
        .OnCommand(ShowSteckbriefAsync, "steckbrief", "profile")
        .OnCommand(ShowNewsAsync, "neu", "new")
        .OnCardAction(FeedbackActionData.Verb, FeedbackAsync)
        .OnCardAction(SteckbriefActionData.Verb, SteckbriefActionAsync)
        .OnCardAction(DidYouMeanActionData.Verb, DidYouMeanAsync)
        .OnCardAction(ServicesActionData.Verb, ServicesActionAsync);

    private async Task AnswerQuestionAsync(TurnContext turn)
    {
        var question = turn.Text;
        if (question.Length > options.Value.MaxQuestionLength)
        {
            await turn.ReplyWithTextAsync(texts.Get("questionTooLong", turn.Culture));
            return;
        }

        // The typing indicator goes out while the answer is being found; it must arrive before the answer.
        var typing = SendTypingAsync(turn);
        var previous = await context.LastServiceAsync(turn);
        var answer = host.Knowledge.Answer(question, new AnswerContext(previous));
        await typing;
        var record = await AnswerAsync(turn, question, answer);
        // A follow-up ("und wie viele gab es schon?") refers to what was answered: a Steckbrief or an article.
        var subject = record.Answered && answer.Hits.Count > 0 ? answer.Hits[0].Document.Id : null;
        await AfterReplyAsync(() => context.RememberAsync(turn, subject));
    }

    /// The indicator is a courtesy: if the channel refuses it, the answer still goes out.
    private async Task SendTypingAsync(TurnContext turn)
    {
        try
        {
            await turn.SendTypingAsync();
        }
        catch (Protocol.Connector.ConnectorException ex)
        {
            AskLog.AfterReplyFailed(logger, "typing", ex.GetType().Name);
        }
    }

    /// Work after the answer was sent (records, context) must not turn a delivered answer into an apology.
    private async Task AfterReplyAsync(Func<Task> work)
    {
        try
        {
            await work();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            AskLog.AfterReplyFailed(logger, "store", ex.GetType().Name);
        }
    }

    /// Renders, sends and records one answer (also used by "Meinten Sie …?", where the user chose the service).
    private async Task<QuestionRecord> AnswerAsync(TurnContext turn, string question, Answer answer, bool chosen = false)
    {
        var id = questions.NewId();
        var answered = (chosen || answer.Confidence >= options.Value.MinConfidence) && answer.Hits.Count > 0;
        Activity message;
        string cardName;
        JsonObject cardData;
        string? serviceId = null;
        if (answered)
        {
            var data = answerCards.Answer(id, question, answer, host.Knowledge, turn.Culture) with { CanConsult = consulting.IsOffered };
            (message, data) = await PhraseAsync(question, answer, data, turn) ?? (MessageFactory.Card(cards.Render(data, turn.Culture)), data);
            (cardName, cardData, serviceId) = (AnswerCardData.CardName, CardRenderer.ToJson(data with { Consult = Redacted(data.Consult) }), data.ServiceId);
        }
        else
        {
            var data = answerCards.NoAnswer(id, question, answer, turn.Culture) with { CanConsult = consulting.IsOffered };
            message = MessageFactory.Card(cards.Render(data, turn.Culture));
            (cardName, cardData) = (NoAnswerCardData.CardName, CardRenderer.ToJson(data with { Consult = Redacted(data.Consult) }));
        }

        await turn.ReplyAsync(message);

        var record = new QuestionRecord
        {
            Id = id,
            TenantId = turn.TenantId,
            Question = question,
            Facet = answer.Facet.ToString(),
            Confidence = Math.Round(answer.Confidence, 3),
            ServiceId = serviceId,
            Answered = answered,
            Chosen = chosen,
            AskedUtc = timeProvider.GetUtcNow(),
            CardName = cardName,
            CardData = cardData,
            Locale = turn.Activity.Locale,
        };
        await AfterReplyAsync(async () =>
        {
            // The link to the asker first: a question record nobody owns could not be erased on request.
            if (Asker.Of(turn, record.AskedUtc) is { } asker)
            {
                await askers.SaveAsync(id, asker, turn.CancellationToken);
            }

            await questions.SaveAsync(record, turn.CancellationToken);
        });
        AskLog.QuestionText(logger, question);
        AskLog.Answered(logger, answer.Facet.ToString(), answer.Confidence, record.ServiceId, answered);
        return record;
    }

    /// The card data is stored with the question record, whose question is stored redacted: so is the button's copy.
    private static ConsultFormButton Redacted(ConsultFormButton button) =>
        button with { Question = button.Question is null ? null : PersonalDataRedactor.Redact(button.Question) };

    /// With the AI assistant on, the answer text is phrased by the model from the retrieved passages, with
    /// citations; null (no model, no valid citation, timeout, error) keeps the plain retrieval answer.
    private async Task<(Activity Message, AnswerCardData Data)?> PhraseAsync(string question, Answer answer, AnswerCardData data, TurnContext turn)
    {
        var phrased = await phraser.TryPhraseAsync(question, answer, turn.Culture, turn.CancellationToken);
        if (phrased is null)
        {
            return null;
        }

        // The phrased text goes into the message text, where Teams links its [n] markers to the citation
        // entities; the card below keeps the facts, the Steckbrief summary and the numbered sources.
        data = data with
        {
            DirectText = null,
            AiGenerated = true,
            Consult = ConsultFormButton.For(question, $"{data.Title}: {phrased.Text}"),
            Sources = [.. phrased.Citations.Select(c => new CardSource(AnswerCards.Number(c.Number), c.Title, c.Url, null))],
        };
        var message = MessageFactory.Card(cards.Render(data, turn.Culture));
        message.Text = phrased.Text;
        message.TextFormat = "markdown";
        message.Entities = [.. AiMessageEntities.Build(phrased).Select(e => System.Text.Json.JsonSerializer.SerializeToElement(e))];
        return (message, data);
    }
}

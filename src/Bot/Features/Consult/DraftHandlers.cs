using System.Globalization;
using KommunalBot.Bot.Cards;
using KommunalBot.Bot.Features.Access;
using KommunalBot.Bot.Features.Knowledge;
using KommunalBot.Bot.Protocol;
using KommunalBot.Bot.Resources;
using KommunalBot.Knowledge.Content;
using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Features.Consult;

/// From advice to knowledge (issue 12): an advisor turns the resolution of a closed request into a FAQ draft
/// (`consult.draft`, see <see cref="ConsultDraftActionData"/>); editors list the drafts (`entwürfe`) and accept one
/// (published through <see cref="IKnowledgePublisher"/>, so Ask answers from it) or discard it.
internal sealed class DraftHandlers(
    ConsultStore requests,
    ConsultService service,
    DraftStore drafts,
    IKnowledgePublisher publisher,
    AccessPolicy access,
    CardRenderer cards,
    Texts texts,
    IOptions<ConsultOptions> options,
    TimeProvider timeProvider,
    ILogger<DraftHandlers> logger) : IBotFeature
{
    /// Drafts shown per `entwürfe`: one card each, and a turn should not flood the chat; the rest come after deciding these.
    private const int MaxCards = 10;

    /// A title is a line, not the whole description a request without a question carries.
    private const int MaxTitleQuestionLength = 120;

    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    public void Register(BotRoutes routes) => routes
        .OnCardAction(ConsultDraftActionData.Verb, CreateAsync)
        .OnCardAction(DraftDecisionActionData.Verb, DecideAsync)
        .OnCommand(ListAsync, "entwürfe", "drafts");

    private async Task<InvokeResponse?> CreateAsync(TurnContext turn, CardAction action)
    {
        var data = CardActionData.Read<ConsultDraftActionData>(action);
        var key = data is null ? "actionUnavailable" : await CreateDraftAsync(turn, data.RequestId);
        return await AnswerAsync(turn, action, string.Format(turn.Culture, texts.Get(key, turn.Culture), data?.RequestId));
    }

    private async Task<string> CreateDraftAsync(TurnContext turn, string requestId)
    {
        var actor = new ConsultActor(turn.TenantId, turn.Activity.From?.AadObjectId ?? string.Empty, turn.Activity.From?.Name ?? string.Empty);
        if (await requests.GetAsync(requestId, turn.CancellationToken) is not { Request: var request } || service.RoleOf(request, actor) != ConsultRole.PoolMember)
        {
            return "consultRelayDraftNotAllowed";
        }

        if (request is not { Status: ConsultStatus.Geloest, Resolution: { Length: > 0 } resolution })
        {
            return "consultRelayDraftNotClosed";
        }

        var question = request.Question ?? request.Text;
        var draft = new DraftFaq
        {
            RequestId = request.Id,
            Title = $"{request.Topic}: {(question.Length > MaxTitleQuestionLength ? question[..MaxTitleQuestionLength].TrimEnd() + "…" : question)}",
            Question = question,
            Answer = resolution,
            Topics = [request.Topic],
            Source = string.Format(CultureInfo.InvariantCulture, texts.Get("consultRelayDraftSource", Texts.German), request.Id),
            CreatedBy = actor.Name,
            CreatedUtc = timeProvider.GetUtcNow(),
        };
        var created = await drafts.CreateAsync(draft, turn.CancellationToken);
        RelayLog.Draft(logger, request.Id, created ? "created" : "exists already");
        return created ? "consultRelayDraftCreated" : "consultRelayDraftExists";
    }

    private async Task ListAsync(TurnContext turn)
    {
        if (!MayPublish(turn))
        {
            await turn.ReplyWithTextAsync(texts.Get("consultRelayDraftsNotAllowed", turn.Culture));
            return;
        }

        var all = new List<DraftFaq>();
        await foreach (var draft in drafts.ListAsync(turn.CancellationToken))
        {
            all.Add(draft);
        }

        await turn.ReplyWithTextAsync(all.Count == 0
            ? texts.Get("consultRelayDraftsEmpty", turn.Culture)
            : string.Format(turn.Culture, texts.Get("consultRelayDraftsIntro", turn.Culture), all.Count, Math.Min(all.Count, MaxCards)));
        foreach (var draft in all.Take(MaxCards))
        {
            await turn.ReplyWithCardAsync(Card(draft, null, turn.Culture));
        }
    }

    private async Task<InvokeResponse?> DecideAsync(TurnContext turn, CardAction action)
    {
        var data = CardActionData.Read<DraftDecisionActionData>(action);
        if (data is null || !MayPublish(turn))
        {
            return await AnswerAsync(turn, action, texts.Get(data is null ? "actionUnavailable" : "consultRelayDraftsNotAllowed", turn.Culture));
        }

        if (await drafts.GetAsync(data.RequestId, turn.CancellationToken) is not { } draft)
        {
            return await AnswerAsync(turn, action, string.Format(turn.Culture, texts.Get("consultRelayDraftGone", turn.Culture), data.RequestId));
        }

        if (data.Accept && await publisher.PublishAsync(Article(draft), turn.CancellationToken) != PublishOutcome.Published)
        {
            return await AnswerAsync(turn, action, string.Format(turn.Culture, texts.Get("consultRelayDraftIdTaken", turn.Culture), data.RequestId));
        }

        await drafts.DeleteAsync(draft.RequestId, turn.CancellationToken);
        var decision = data.Accept ? "accepted" : "discarded";
        RelayLog.Draft(logger, draft.RequestId, decision);
        if (action.IsInvoke)
        {
            return InvokeResponse.Card(Card(draft, decision, turn.Culture));
        }

        await turn.ReplyWithCardAsync(Card(draft, decision, turn.Culture));
        return null;
    }

    /// The published entry: a knowledge item with the question and the answer, its source the request.
    private PublishedArticle Article(DraftFaq draft) => new()
    {
        Id = "beratung-" + draft.RequestId.ToLowerInvariant(),
        Title = draft.Title,
        Markdown = $"{draft.Question}\n\n{draft.Answer}",
        Topics = draft.Topics,
        Sources = [new Source(options.Value.KnowledgeSourceUrl, draft.Source, TimeZoneInfo.ConvertTime(draft.CreatedUtc, Berlin).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))],
        PublishedAt = timeProvider.GetUtcNow(),
    };

    private System.Text.Json.Nodes.JsonObject Card(DraftFaq draft, string? decision, CultureInfo culture) => cards.Render(new DraftCardData
    {
        RequestId = draft.RequestId,
        Title = draft.Title,
        Question = draft.Question,
        Answer = draft.Answer,
        Topics = string.Join(", ", draft.Topics),
        Source = draft.Source,
        CreatedBy = draft.CreatedBy,
        Created = TimeZoneInfo.ConvertTime(draft.CreatedUtc, Berlin).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
        Decision = decision,
    }, culture);

    private bool MayPublish(TurnContext turn) => access.May(turn.TenantId, turn.Activity.From?.AadObjectId, Permission.Publish);

    private static async Task<InvokeResponse?> AnswerAsync(TurnContext turn, CardAction action, string text)
    {
        if (action.IsInvoke)
        {
            return InvokeResponse.Message(text);
        }

        await turn.ReplyWithTextAsync(text);
        return null;
    }
}

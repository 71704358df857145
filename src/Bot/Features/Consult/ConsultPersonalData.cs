using System.Text.Json;
using System.Text.Json.Nodes;
using KommunalBot.Bot.Features.Delivery;
using KommunalBot.Bot.Features.Privacy;

namespace KommunalBot.Bot.Features.Consult;

/// Consulting requests for DSGVO access and erasure requests. A request is its requester's record: the export gives
/// the requester all of it (with every answer and reply), and erasure deletes it with its index entries (the advisors'
/// entries in it are about the clerk's matter and go with it). An advisor's entries in other people's requests stay,
/// because those requests are the clerks' records, but the advisor is anonymised there: name "gelöscht", object id
/// <see cref="ErasedObjectId"/>, as actor, assignee and colleague assigned to. FAQ drafts (`consult/draft/{id}`) hold
/// the request's question and who drafted it: a requester's go with their requests, a drafting advisor is anonymised.
/// The messages Consult sent through the outbox name both sides (the advisors' card, the notifications): a requester's
/// are forgotten with the request; for an advisor the card is edited to the anonymised request (in Teams too) and the
/// notifications that named them are forgotten. Copies already in people's Teams chats stay there.
internal sealed class ConsultPersonalData(
    ConsultStore store, ConsultService service, DraftStore drafts, AdvisorCards cards, IOutbox outbox, ILogger<ConsultPersonalData> logger) : IPersonalData
{
    public const string ErasedName = "gelöscht";

    /// Not an Entra object id (those are GUIDs), so it can be no pool member and never match a person.
    public const string ErasedObjectId = "erased";

    public string Kind => "consultRequests";

    public async Task<JsonArray> ExportAsync(Person person, CancellationToken cancellationToken)
    {
        var export = new JsonArray();
        await foreach (var request in store.ListAllAsync(cancellationToken))
        {
            if (Same(request.RequesterObjectId, person.ObjectId))
            {
                export.Add(new JsonObject
                {
                    ["role"] = "requester",
                    ["request"] = JsonSerializer.SerializeToNode(request, ConsultJsonContext.Default.ConsultRequest),
                });
            }
            else if (ActedOn(request, person.ObjectId))
            {
                export.Add(new JsonObject
                {
                    ["role"] = "advisor",
                    ["id"] = request.Id,
                    ["topic"] = request.Topic,
                    ["status"] = request.Status.ToString(),
                    ["createdUtc"] = request.CreatedUtc,
                    ["assignee"] = Same(request.Assignee, person.ObjectId),
                    ["entries"] = new JsonArray([.. request.History.Where(h => Same(h.ActorObjectId, person.ObjectId)).Select(Entry)]),
                });
            }
        }

        var own = export.Where(e => (string?)e!["role"] == "requester").Select(e => (string?)e!["request"]!["id"]).ToHashSet();
        await foreach (var draft in drafts.ListAsync(cancellationToken))
        {
            if (own.Contains(draft.RequestId))
            {
                export.Add(new JsonObject { ["role"] = "draftOfOwnRequest", ["requestId"] = draft.RequestId, ["question"] = draft.Question, ["answer"] = draft.Answer });
            }
        }

        return export;
    }

    public async Task<int> DeleteAsync(Person person, CancellationToken cancellationToken)
    {
        var own = new List<ConsultRequest>();
        var others = new List<ConsultRequest>();
        await foreach (var request in store.ListAllAsync(cancellationToken))
        {
            if (Same(request.RequesterObjectId, person.ObjectId))
            {
                own.Add(request);
            }
            else if (ActedOn(request, person.ObjectId))
            {
                others.Add(request);
            }
        }

        foreach (var request in own)
        {
            await store.DeleteAsync(request, cancellationToken);
            await drafts.DeleteAsync(request.Id, cancellationToken);
            await outbox.ForgetAsync($"consult-{request.Id}-", cancellationToken);
        }

        // The names the person acted under: an Assign entry names the colleague assigned to, not their object id.
        var names = others.SelectMany(r => r.History.Where(h => Same(h.ActorObjectId, person.ObjectId)).Select(h => h.ActorName))
            .Concat(others.Where(r => Same(r.Assignee, person.ObjectId)).Select(r => r.AssigneeName ?? string.Empty))
            .Where(n => n.Length > 0)
            .Append(person.ObjectId)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var request in others)
        {
            await service.AnnotateAsync(request.Id, r => Anonymise(r, person.ObjectId, names), cancellationToken);
            await cards.UpdateAsync(request.Id, cancellationToken);
            await outbox.ForgetAsync($"consult-{request.Id}-h", cancellationToken);
        }

        var drafted = new List<DraftFaq>();
        await foreach (var draft in drafts.ListAsync(cancellationToken))
        {
            if (others.Any(r => r.Id == draft.RequestId) && names.Contains(draft.CreatedBy))
            {
                drafted.Add(draft);
            }
        }

        foreach (var draft in drafted)
        {
            await drafts.ReplaceAsync(draft with { CreatedBy = ErasedName }, cancellationToken);
        }

        ConsultIntakeLog.Erased(logger, own.Count, others.Count);
        return own.Count + others.Count;
    }

    private static ConsultRequest Anonymise(ConsultRequest request, string objectId, IReadOnlySet<string> names)
    {
        var assignee = Same(request.Assignee, objectId);
        return request with
        {
            Assignee = assignee ? ErasedObjectId : request.Assignee,
            AssigneeName = assignee ? ErasedName : request.AssigneeName,
            History = [.. request.History.Select(h => h with
            {
                ActorObjectId = Same(h.ActorObjectId, objectId) ? ErasedObjectId : h.ActorObjectId,
                ActorName = Same(h.ActorObjectId, objectId) ? ErasedName : h.ActorName,
                Detail = h.Kind == ConsultActionKind.Assign && h.Detail is not null && names.Contains(h.Detail) ? ErasedName : h.Detail,
            })],
        };
    }

    private static bool ActedOn(ConsultRequest request, string objectId) =>
        Same(request.Assignee, objectId) || request.History.Any(h => Same(h.ActorObjectId, objectId) || (h.Kind == ConsultActionKind.Assign && Same(h.Detail, objectId)));

    private static JsonObject Entry(ConsultHistoryEntry entry) => new()
    {
        ["at"] = entry.At,
        ["kind"] = entry.Kind.ToString(),
        ["status"] = entry.Status.ToString(),
        ["detail"] = entry.Detail,
        ["refused"] = entry.Refused?.ToString(),
    };

    // Entra object ids are GUIDs that Teams and Entra spell in either case.
    private static bool Same(string? a, string? b) => !string.IsNullOrEmpty(a) && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}

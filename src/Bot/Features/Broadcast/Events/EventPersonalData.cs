using System.Text.Json.Nodes;
using KommunalBot.Bot.Features.Privacy;

namespace KommunalBot.Bot.Features.Broadcast.Events;

/// Events' personal data for DSGVO access and erasure requests: a person's answers (with their name), and the events
/// they created or organise. Erasure removes their answers; a place they held goes to the first on the waiting list,
/// who is told, as after an Absage (the place is free either way). An event they created stays, being the
/// organisation's, but no longer names them: creator "erased", and they are no longer an organiser.
internal sealed class EventPersonalData(EventStore store, EventCards cards, EventNotices notices, ILogger<EventPersonalData> logger) : IPersonalData
{
    public const string ErasedObjectId = "erased";

    public string Kind => "broadcastEvents";

    public async Task<JsonArray> ExportAsync(Person person, CancellationToken cancellationToken)
    {
        var export = new JsonArray();
        await foreach (var (ev, _) in store.ListAsync(cancellationToken))
        {
            foreach (var rsvp in ev.Rsvps.Where(r => Same(r.Person.ObjectId, person.ObjectId)))
            {
                export.Add(new JsonObject
                {
                    ["role"] = "attendee",
                    ["eventId"] = ev.Id,
                    ["title"] = ev.Details.Title,
                    ["startUtc"] = ev.Details.StartUtc,
                    ["name"] = rsvp.Person.Name,
                    ["tenantId"] = rsvp.Person.TenantId,
                    ["answer"] = rsvp.Status.ToString(),
                    ["answeredUtc"] = rsvp.AnsweredUtc,
                });
            }

            if (Same(ev.CreatedBy, person.ObjectId) || ev.IsOrganiser(person.ObjectId))
            {
                export.Add(new JsonObject
                {
                    ["role"] = Same(ev.CreatedBy, person.ObjectId) ? "creator" : "organiser",
                    ["eventId"] = ev.Id,
                    ["title"] = ev.Details.Title,
                    ["createdUtc"] = ev.CreatedUtc,
                });
            }
        }

        return export;
    }

    public async Task<int> DeleteAsync(Person person, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        await foreach (var (ev, _) in store.ListAsync(cancellationToken))
        {
            if (Mentions(ev, person.ObjectId))
            {
                ids.Add(ev.Id);
            }
        }

        var (answers, created) = (0, 0);
        foreach (var id in ids)
        {
            var result = await store.ChangeAsync(id, ev =>
            {
                var (without, promoted) = EventRsvps.Remove(ev, p => Same(p.ObjectId, person.ObjectId));
                var changed = without with
                {
                    CreatedBy = Same(ev.CreatedBy, person.ObjectId) ? ErasedObjectId : ev.CreatedBy,
                    OrganiserObjectIds = [.. ev.OrganiserObjectIds.Where(o => !Same(o, person.ObjectId))],
                };
                return (changed, (Answered: without.Rsvps.Count < ev.Rsvps.Count, Created: Same(ev.CreatedBy, person.ObjectId), Promoted: promoted));
            }, cancellationToken);
            if (result is not { Event: var erased, Result: var what })
            {
                continue;
            }

            answers += what.Answered ? 1 : 0;
            created += what.Created ? 1 : 0;
            if (what.Answered)
            {
                await cards.UpdateAsync(id, cancellationToken);
                await notices.PromotedAsync(erased, what.Promoted, cancellationToken);
            }
        }

        EventLog.Erased(logger, answers, created);
        return answers + created;
    }

    private static bool Mentions(BroadcastEvent ev, string objectId) =>
        Same(ev.CreatedBy, objectId) || ev.IsOrganiser(objectId) || ev.Rsvps.Any(r => Same(r.Person.ObjectId, objectId));

    // Entra object ids are GUIDs that Teams and Entra spell in either case.
    private static bool Same(string? a, string? b) => !string.IsNullOrEmpty(a) && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}

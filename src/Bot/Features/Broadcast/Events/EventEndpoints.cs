using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using KommunalBot.Bot.Features.Access;
using KommunalBot.Bot.Features.Delivery;

namespace KommunalBot.Bot.Features.Broadcast.Events;

/// The events' admin API for automation (Permission.Publish; the attendee list also for the event's organisers) and
/// the public calendar file. Errors are problem details; field errors name the field as the body spells it.
internal static class EventEndpoints
{
    private const string Admin = "/admin/broadcast/events";

    private static readonly CultureInfo ApiCulture = CultureInfo.GetCultureInfo("en");

    public static IEndpointRouteBuilder MapBroadcastEvents(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Admin, CreateAsync).RequirePermission(Permission.Publish);
        endpoints.MapGet(Admin + "/{id}", GetAsync).RequirePermission(Permission.Publish);
        endpoints.MapPut(Admin + "/{id}", ChangeAsync).RequirePermission(Permission.Publish);
        endpoints.MapPost(Admin + "/{id}/send", SendAsync).RequirePermission(Permission.Publish);
        endpoints.MapPost(Admin + "/{id}/cancel", CancelAsync).RequirePermission(Permission.Publish);
        endpoints.MapDelete(Admin + "/{id}", CancelAsync).RequirePermission(Permission.Publish);
        // Any signed-in user of an allowed tenant reaches it; only editors and the event's organisers get the list.
        endpoints.MapGet(Admin + "/{id}/attendees", AttendeesAsync).RequirePermission(Permission.Ask);
        endpoints.MapGet("/events/{id}.ics", CalendarAsync).AllowAnonymous();
        return endpoints;
    }

    /// Stores the event without sending it; the answer has its id and the audience the invite would reach.
    private static async Task<IResult> CreateAsync(HttpRequest request, ClaimsPrincipal user, EventService service, EventForm form, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await ReadAsync(request, cancellationToken) is not { } body)
        {
            return TypedResults.Problem("The body must be a JSON event (see README, \"Admin API\").", statusCode: StatusCodes.Status400BadRequest);
        }

        var (details, errors) = body.ToInput().Check(time.GetUtcNow());
        if (details is null)
        {
            return Invalid(errors, form);
        }

        var outcome = await service.CreateAsync(details, body.OrganiserObjectIds ?? [], Tenant(user), ObjectId(user), cancellationToken);
        return Result(outcome, null, StatusCodes.Status201Created);
    }

    private static async Task<IResult> GetAsync(string id, EventStore store, IOutbox outbox, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken) is not { } stored)
        {
            return NotFound(id);
        }

        var report = await outbox.ReportAsync(stored.Event.ContentId, cancellationToken);
        return TypedResults.Json(EventView.Of(stored.Event, null, report), EventApiJsonContext.Default.EventView);
    }

    private static async Task<IResult> SendAsync(string id, ClaimsPrincipal user, EventService service, CancellationToken cancellationToken) =>
        Result(await service.SendAsync(id, Tenant(user), ObjectId(user), cancellationToken), id, StatusCodes.Status202Accepted);

    private static async Task<IResult> ChangeAsync(
        string id, HttpRequest request, ClaimsPrincipal user, EventService service, EventForm form, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await ReadAsync(request, cancellationToken) is not { } body)
        {
            return TypedResults.Problem("The body must be a JSON event (see README, \"Admin API\").", statusCode: StatusCodes.Status400BadRequest);
        }

        var (details, errors) = body.ToInput().Check(time.GetUtcNow());
        return details is null ? Invalid(errors, form) : Result(await service.ChangeAsync(id, details, Tenant(user), ObjectId(user), cancellationToken), id, StatusCodes.Status200OK);
    }

    private static async Task<IResult> CancelAsync(string id, ClaimsPrincipal user, EventService service, CancellationToken cancellationToken) =>
        Result(await service.CancelAsync(id, Tenant(user), ObjectId(user), cancellationToken), id, StatusCodes.Status200OK);

    private static async Task<IResult> AttendeesAsync(string id, ClaimsPrincipal user, EventStore store, AccessPolicy access, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken) is not { Event: var ev })
        {
            return NotFound(id);
        }

        if (!access.May(Tenant(user), ObjectId(user), Permission.Publish) && !ev.IsOrganiser(ObjectId(user)))
        {
            return TypedResults.Problem("Only editors and the event's organisers may read its attendee list.", statusCode: StatusCodes.Status403Forbidden);
        }

        IReadOnlyList<EventAttendee> attendees = [.. ev.Rsvps.Select(r => new EventAttendee(
            r.Person.Name, r.Person.TenantId, r.Person.ObjectId, r.Status, ev.WaitingPlace(r), r.AnsweredUtc))];
        return TypedResults.Json(attendees, EventApiJsonContext.Default.IReadOnlyListEventAttendee);
    }

    /// Anonymous: the id is 80 random bits, and the file holds no personal data.
    private static async Task<IResult> CalendarAsync(string id, EventStore store, TimeProvider time, CancellationToken cancellationToken) =>
        await store.GetAsync(id, cancellationToken) is { Event: var ev }
            ? TypedResults.Text(EventCalendar.Write(ev, time.GetUtcNow()), EventCalendar.ContentType)
            : TypedResults.NotFound();

    private static IResult Result(EventOutcome outcome, string? id, int status) => outcome switch
    {
        EventOutcome.Done done => TypedResults.Json(EventView.Of(done.Event, done.Plan, null), EventApiJsonContext.Default.EventView, statusCode: status),
        EventOutcome.NotFound => NotFound(id ?? string.Empty),
        EventOutcome.WasCancelled => TypedResults.Problem($"Event '{id}' was cancelled.", statusCode: StatusCodes.Status409Conflict),
        EventOutcome.OutsideRegions outside => TypedResults.Problem(
            $"You send only for {string.Join(", ", outside.EditorRegions)}, and the event's region must lie within.", statusCode: StatusCodes.Status403Forbidden),
        _ => throw new InvalidOperationException("EventOutcome is closed"),
    };

    private static IResult Invalid(IReadOnlyList<EventFieldError> errors, EventForm form) =>
        TypedResults.ValidationProblem(errors.GroupBy(e => ApiField(e.Field)).ToDictionary(g => g.Key, g => g.Select(e => form.Text(e, ApiCulture)).ToArray()));

    /// The body's name for a field of <see cref="EventInput"/>.
    private static string ApiField(string field) => field switch
    {
        nameof(EventInput.StartDate) => "start",
        nameof(EventInput.EndTime) => "end",
        nameof(EventInput.DeadlineDate) => "registrationDeadline",
        _ => JsonNamingPolicy.CamelCase.ConvertName(field),
    };

    private static async Task<EventRequest?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await JsonSerializer.DeserializeAsync(request.Body, EventApiJsonContext.Default.EventRequest, cancellationToken);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static IResult NotFound(string id) => TypedResults.Problem($"No event '{id}'.", statusCode: StatusCodes.Status404NotFound);

    private static string Tenant(ClaimsPrincipal user) => user.FindFirstValue("tid") ?? string.Empty;

    private static string ObjectId(ClaimsPrincipal user) => user.FindFirstValue("oid") ?? string.Empty;
}

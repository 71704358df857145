using System.Security.Claims;
using System.Text.Json;
using KommunalBot.Bot.Features.Access;
using KommunalBot.Bot.Features.Delivery;
using KommunalBot.Bot.Resources;

namespace KommunalBot.Bot.Features.Broadcast;

/// The admin API of announcements and subscriptions (README, "Broadcast"), for automation; every call needs
/// <see cref="Permission.Publish"/>, and the editor limit applies to the caller (`tid`, `oid` of the token). Creating
/// sends nothing: it answers the preview's counts; `send` sends (or waits for `sendAt`). Recall is Delivery's
/// `POST /admin/deliveries/{contentId}/recall`. Errors are problem details.
internal static class AnnouncementEndpoints
{
    public static IEndpointRouteBuilder MapBroadcastAnnouncements(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/admin/broadcast/announcements", CreateAsync).RequirePermission(Permission.Publish);
        endpoints.MapPost("/admin/broadcast/announcements/{id}/send", SendAsync).RequirePermission(Permission.Publish);
        endpoints.MapGet("/admin/broadcast/announcements/{id}", GetAsync).RequirePermission(Permission.Publish);
        endpoints.MapGet("/admin/broadcast/subscriptions", SubscriptionTotals.CountAsync).RequirePermission(Permission.Publish);
        return endpoints;
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, ClaimsPrincipal user, Announcements announcements, Texts texts, CancellationToken cancellationToken)
    {
        AnnouncementRequest? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync(request.Body, SubscriptionJsonContext.Default.AnnouncementRequest, cancellationToken);
        }
        catch (JsonException)
        {
            body = null;
        }

        if (body is null)
        {
            return TypedResults.Problem("The body must be {\"title\", \"text\", \"link\", \"topics\", \"region\", \"sendAt\"} as JSON.", statusCode: StatusCodes.Status400BadRequest);
        }

        var (draft, error) = AnnouncementDraft.Check(body.Title, body.Text, body.Link, body.Topics, body.Region);
        if (draft is null)
        {
            return TypedResults.Problem(texts.Get(error!, Texts.English), statusCode: StatusCodes.Status400BadRequest);
        }

        var (tenantId, objectId) = Caller(user);
        var target = new BroadcastTarget(BroadcastKind.News, draft.Topics, draft.Region);
        if (await announcements.AudienceAsync(target, tenantId, objectId, cancellationToken) is not AudienceOutcome.Allowed { Plan: var plan })
        {
            return Outside();
        }

        var announcement = await announcements.CreateAsync(draft, Texts.German.Name, tenantId, objectId, body.SendAt?.ToUniversalTime(), cancellationToken);
        return TypedResults.Json(AnnouncementView.Of(announcement, plan.Channels, plan.Organisations, null), SubscriptionJsonContext.Default.AnnouncementView,
            statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> SendAsync(string id, ClaimsPrincipal user, Announcements announcements, CancellationToken cancellationToken)
    {
        var (tenantId, objectId) = Caller(user);
        return await announcements.SendOrScheduleAsync(id, tenantId, objectId, cancellationToken) switch
        {
            AnnouncementOutcome.Sent sent => Accepted(AnnouncementView.Of(sent.Announcement, sent.Plan.Channels, sent.Plan.Organisations, null)),
            AnnouncementOutcome.Scheduled scheduled => Accepted(AnnouncementView.Of(scheduled.Announcement, 0, 0, null)),
            AnnouncementOutcome.AlreadySent => TypedResults.Problem($"Announcement '{id}' was sent already.", statusCode: StatusCodes.Status409Conflict),
            AnnouncementOutcome.OutsideEditorRegions => Outside(),
            AnnouncementOutcome.Rejected rejected => TypedResults.Problem(rejected.Detail, statusCode: StatusCodes.Status409Conflict),
            _ => NotFound(id),
        };
    }

    private static async Task<IResult> GetAsync(string id, AnnouncementStore store, IOutbox outbox, Announcements announcements, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken) is not { } announcement)
        {
            return NotFound(id);
        }

        var (channels, organisations) = (announcement.Channels ?? 0, announcement.Organisations ?? 0);
        if (announcement.Status != AnnouncementStatus.Sent
            && await announcements.AudienceAsync(announcement.Target, announcement.AuthorTenantId, announcement.AuthorObjectId, cancellationToken) is AudienceOutcome.Allowed { Plan: var plan })
        {
            (channels, organisations) = (plan.Channels, plan.Organisations); // the preview as it stands now
        }

        var report = await outbox.ReportAsync(announcement.ContentId, cancellationToken);
        return TypedResults.Json(AnnouncementView.Of(announcement, channels, organisations, report), SubscriptionJsonContext.Default.AnnouncementView);
    }

    private static (string? TenantId, string? ObjectId) Caller(ClaimsPrincipal user) => (user.FindFirstValue("tid"), user.FindFirstValue("oid"));

    private static IResult Accepted(AnnouncementView view) =>
        TypedResults.Json(view, SubscriptionJsonContext.Default.AnnouncementView, statusCode: StatusCodes.Status202Accepted);

    private static IResult Outside() =>
        TypedResults.Problem("You are limited to regions (Broadcast:EditorAudiences) and the announcement's region lies outside them.",
            statusCode: StatusCodes.Status403Forbidden);

    private static IResult NotFound(string id) =>
        TypedResults.Problem($"No announcement '{id}'.", statusCode: StatusCodes.Status404NotFound);
}

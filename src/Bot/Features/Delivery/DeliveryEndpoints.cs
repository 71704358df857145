using System.Text.Json;

namespace KommunalBot.Bot.Features.Delivery;

/// The admin API for editors: `GET /admin/deliveries`, `GET /admin/deliveries/{contentId}`,
/// `POST /admin/deliveries/{contentId}/recall` (README, "Admin API"). Errors are problem details.
internal static class DeliveryEndpoints
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    public static async Task<IResult> ListAsync(DeliveryEditors editors, int? limit, CancellationToken cancellationToken)
    {
        var reports = await editors.RecentAsync(Math.Clamp(limit ?? DefaultLimit, 1, MaxLimit), cancellationToken);
        return TypedResults.Json(reports, DeliveryApiJsonContext.Default.IReadOnlyListDeliveryReport);
    }

    public static async Task<IResult> GetAsync(string contentId, IOutbox outbox, CancellationToken cancellationToken) =>
        await outbox.ReportAsync(contentId, cancellationToken) is { } report
            ? TypedResults.Json(report, DeliveryApiJsonContext.Default.DeliveryReport)
            : NotFound(contentId);

    public static async Task<IResult> RecallAsync(string contentId, HttpRequest request, DeliveryEditors editors, CancellationToken cancellationToken)
    {
        if (await ReadAsync(request, cancellationToken) is not { Parsed: { } mode })
        {
            return TypedResults.Problem("The body must be {\"mode\": \"replace\"} or {\"mode\": \"delete\"}.", statusCode: StatusCodes.Status400BadRequest);
        }

        return await editors.RecallAsync(contentId, mode, "admin API", cancellationToken) switch
        {
            ChangeOutcome.Accepted accepted => TypedResults.Json(
                new RecallAccepted(accepted.Posted, accepted.NotYetSent), DeliveryApiJsonContext.Default.RecallAccepted, statusCode: StatusCodes.Status202Accepted),
            ChangeOutcome.Refused { Reason: DeliveryRefusal.Recalled } refused => TypedResults.Problem(refused.Detail, statusCode: StatusCodes.Status409Conflict),
            ChangeOutcome.Refused { Reason: DeliveryRefusal.UnknownContent } => NotFound(contentId),
            ChangeOutcome.Refused refused => TypedResults.Problem(refused.Detail, statusCode: StatusCodes.Status400BadRequest),
            _ => throw new InvalidOperationException("ChangeOutcome is closed"),
        };
    }

    private static async Task<RecallRequest?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await JsonSerializer.DeserializeAsync(request.Body, DeliveryApiJsonContext.Default.RecallRequest, cancellationToken);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static IResult NotFound(string contentId) =>
        TypedResults.Problem($"No content '{contentId}' was enqueued (or it was deleted after Delivery:Retention).", statusCode: StatusCodes.Status404NotFound);
}

using System.Security.Claims;
using System.Text.Json;
using KommunalBot.Bot.Features.Access;

namespace KommunalBot.Bot.Features.Broadcast.Practice;

/// The admin API for editors (Permission.Publish): `GET /admin/broadcast/submissions?state=pending`,
/// `GET /admin/broadcast/submissions/{id}`, `POST /admin/broadcast/submissions/{id}/decision` with
/// `{"decision": "publish|revise|reject", "note": "…"}`. The caller decides as the token's `oid` (`tid` for an editor
/// limited to regions), with the same checks and consequences as the card's buttons. Errors are problem details.
internal static class PracticeEndpoints
{
    private const string Path = "/admin/broadcast/submissions";

    public static IEndpointRouteBuilder MapBroadcastPractice(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, ListAsync).RequirePermission(Permission.Publish);
        endpoints.MapGet(Path + "/{id}", GetAsync).RequirePermission(Permission.Publish);
        endpoints.MapPost(Path + "/{id}/decision", DecideAsync).RequirePermission(Permission.Publish);
        return endpoints;
    }

    private static async Task<IResult> ListAsync(string? state, SubmissionStore store, CancellationToken cancellationToken)
    {
        SubmissionState? wanted = null;
        if (state is not null)
        {
            if (!Enum.TryParse<SubmissionState>(state, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
            {
                return TypedResults.Problem($"state must be one of {string.Join(", ", Enum.GetNames<SubmissionState>().Select(n => n.ToLowerInvariant()))}, or left out for all.",
                    statusCode: StatusCodes.Status400BadRequest);
            }

            wanted = parsed;
        }

        var all = new List<Submission>();
        await foreach (var submission in store.ListAsync(cancellationToken))
        {
            if (wanted is null || submission.State == wanted)
            {
                all.Add(submission);
            }
        }

        return TypedResults.Json(all, PracticeJsonContext.Default.ListSubmission);
    }

    private static async Task<IResult> GetAsync(string id, SubmissionStore store, CancellationToken cancellationToken) =>
        await store.GetAsync(id, cancellationToken) is { } stored
            ? TypedResults.Json(stored.Submission, PracticeJsonContext.Default.Submission)
            : NotFound(id);

    private static async Task<IResult> DecideAsync(string id, HttpRequest request, ClaimsPrincipal user, PracticeService service, CancellationToken cancellationToken)
    {
        if (await ReadAsync(request, cancellationToken) is not { Decision: { } text } body
            || !Enum.TryParse<ReviewDecision>(text, ignoreCase: true, out var decision) || !Enum.IsDefined(decision))
        {
            return TypedResults.Problem("The body must be {\"decision\": \"publish\" | \"revise\" | \"reject\", \"note\": \"…\"}.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (body.Note?.Length > TurnLimits.MaxCardFieldLength)
        {
            return TypedResults.Problem($"The note may have at most {TurnLimits.MaxCardFieldLength} characters, as on the review card.", statusCode: StatusCodes.Status400BadRequest);
        }

        var objectId = user.FindFirstValue("oid") ?? "admin-api";
        var editor = new PracticeEditor(user.FindFirstValue("tid"), objectId, user.FindFirstValue("name") ?? objectId);
        return await service.DecideAsync(id, null, decision, body.Note, editor, cancellationToken) switch
        {
            ReviewOutcome.Decided decided => TypedResults.Json(decided.Submission, PracticeJsonContext.Default.Submission),
            ReviewOutcome.NotFound => NotFound(id),
            ReviewOutcome.NoteRequired => TypedResults.Problem($"\"{text}\" needs a note the submitter can act on.", statusCode: StatusCodes.Status400BadRequest),
            ReviewOutcome.OutsideRegions outside => TypedResults.Problem(
                $"You decide only on submissions of {string.Join(", ", outside.EditorRegions)}.", statusCode: StatusCodes.Status403Forbidden),
            ReviewOutcome.AlreadyDecided { Submission: var s } => TypedResults.Problem(
                $"{s.Id} is {s.State.ToString().ToLowerInvariant()} already: decided by {s.LastDecision?.ByName} at {s.LastDecision?.AtUtc:O}.", statusCode: StatusCodes.Status409Conflict),
            ReviewOutcome.OutdatedRound { Submission: var s } => TypedResults.Problem($"{s.Id} is in round {s.Round} now.", statusCode: StatusCodes.Status409Conflict),
            _ => throw new InvalidOperationException("ReviewOutcome is closed"),
        };
    }

    private static async Task<PracticeDecisionRequest?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await JsonSerializer.DeserializeAsync(request.Body, PracticeJsonContext.Default.PracticeDecisionRequest, cancellationToken);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static IResult NotFound(string id) =>
        TypedResults.Problem($"No submission '{id}' (or it was deleted after Broadcast:Retention).", statusCode: StatusCodes.Status404NotFound);
}

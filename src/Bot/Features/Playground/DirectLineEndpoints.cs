using System.Globalization;
using System.Text.Json.Nodes;
using KommunalBot.Bot.Protocol;

namespace KommunalBot.Bot.Features.Playground;

/// The part of Direct Line 3.0 that Web Chat uses with polling (learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-direct-line-3-0-concepts):
/// start a conversation, refresh its token, post an activity, get activities since a watermark.
internal static class DirectLineEndpoints
{
    public const string BasePath = "/playground/directline/v3/directline";

    public static IResult Roles() => Json(new JsonArray(PlaygroundRoles.All
        .Select(r => (JsonNode)new JsonObject { ["id"] = r.Id, ["label"] = r.Label }).ToArray()));

    public static async Task<IResult> StartSessionAsync(HttpRequest request, PlaygroundConversations conversations)
    {
        var body = await PlaygroundJson.ReadAsync(request);
        var role = PlaygroundRoles.Find((string?)(body as JsonObject)?["role"]);
        if (role is null)
        {
            return TypedResults.Problem(
                $"Unknown role. Choose one of: {string.Join(", ", PlaygroundRoles.All.Select(r => r.Id))}.", statusCode: StatusCodes.Status400BadRequest);
        }

        return Json(new JsonObject { ["token"] = conversations.StartSession(role), ["userId"] = role.UserId, ["userName"] = role.UserName });
    }

    public static async Task<IResult> StartConversationAsync(HttpRequest request, PlaygroundConversations conversations, PlaygroundTurns turns)
    {
        if (Bearer(request) is not { } token || conversations.StartConversation(token) is not { } conversation)
        {
            return Unauthorized();
        }

        await turns.StartAsync(conversation, request.HttpContext.RequestAborted);
        return Json(Conversation(conversation, conversations), StatusCodes.Status201Created);
    }

    public static IResult RefreshToken(HttpRequest request, PlaygroundConversations conversations) =>
        Bearer(request) is { } token && conversations.FindByToken(token) is { } conversation ? Json(Conversation(conversation, conversations)) : Unauthorized();

    public static async Task<IResult> PostActivityAsync(
        string conversationId, HttpRequest request, PlaygroundConversations conversations, PlaygroundTurns turns, TimeProvider timeProvider)
    {
        if (conversations.Find(conversationId, Bearer(request) ?? string.Empty) is not { } conversation)
        {
            return Unauthorized();
        }

        if (await PlaygroundJson.ReadAsync(request) is not JsonObject posted || (string?)posted["type"] is not { Length: > 0 } type)
        {
            return TypedResults.Problem("The body must be an activity with a type.", statusCode: StatusCodes.Status400BadRequest);
        }

        var id = conversation.Append(_ => PlaygroundActivities.Echo(conversation, posted, timeProvider.GetUtcNow()));
        if (type == ActivityTypes.Message)
        {
            await turns.PostAsync(conversation, posted, id, request.HttpContext.RequestAborted);
        }

        return Json(new JsonObject { ["id"] = id });
    }

    public static IResult GetActivities(string conversationId, string? watermark, HttpRequest request, PlaygroundConversations conversations)
    {
        if (conversations.Find(conversationId, Bearer(request) ?? string.Empty) is not { } conversation)
        {
            return Unauthorized();
        }

        var since = long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;
        var (activities, next) = conversation.Since(since);
        return Json(new JsonObject { ["activities"] = activities, ["watermark"] = next });
    }

    private static JsonObject Conversation(PlaygroundConversation conversation, PlaygroundConversations conversations) => new()
    {
        ["conversationId"] = conversation.Id,
        ["token"] = conversation.Token,
        ["expires_in"] = conversations.ExpiresInSeconds,
    };

    private static string? Bearer(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : null;
    }

    private static IResult Unauthorized() =>
        TypedResults.Problem("Unknown or expired playground token: start a new session.", statusCode: StatusCodes.Status403Forbidden);

    public static IResult Json(JsonNode node, int status = StatusCodes.Status200OK) =>
        TypedResults.Text(node.ToJsonString(), "application/json; charset=utf-8", statusCode: status);
}

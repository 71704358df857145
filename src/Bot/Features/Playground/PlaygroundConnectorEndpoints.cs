using System.Text.Json.Nodes;
using KommunalBot.Bot.Protocol.Auth;

namespace KommunalBot.Bot.Features.Playground;

/// The Connector calls the bot makes for playground conversations (learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-api-reference):
/// send, reply, update and delete, answered by changing the Direct Line conversation. Only the bot itself calls
/// here, from this machine.
internal static class PlaygroundConnectorEndpoints
{
    public static void Map(RouteGroupBuilder connector)
    {
        connector.AddEndpointFilter(async (context, next) =>
            LocalCaller.IsLocal(context.HttpContext) ? await next(context) : TypedResults.NotFound());
        connector.MapPost("/v3/conversations/{conversationId}/activities", SendAsync);
        connector.MapPost("/v3/conversations/{conversationId}/activities/{replyToId}", SendAsync);
        connector.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", UpdateAsync);
        connector.MapDelete("/v3/conversations/{conversationId}/activities/{activityId}", Delete);
    }

    // A reply (…/activities/{replyToId}) lands at the end of a 1:1 chat like any other message.
    private static async Task<IResult> SendAsync(string conversationId, string? replyToId, HttpRequest request, PlaygroundConversations conversations, TimeProvider time)
    {
        if (conversations.Find(conversationId, token: null) is not { } conversation)
        {
            return NotFound();
        }

        if (await PlaygroundJson.ReadAsync(request) is not JsonObject sent)
        {
            return TypedResults.BadRequest();
        }

        var id = conversation.Append(activityId =>
        {
            var activity = PlaygroundActivities.FromBot(conversation, sent, time.GetUtcNow());
            PlaygroundCardActions.Rewrite(activity, activityId);
            return activity;
        });
        return DirectLineEndpoints.Json(new JsonObject { ["id"] = id });
    }

    private static async Task<IResult> UpdateAsync(
        string conversationId, string activityId, HttpRequest request, PlaygroundConversations conversations, TimeProvider time)
    {
        if (conversations.Find(conversationId, token: null) is not { } conversation)
        {
            return NotFound();
        }

        if (await PlaygroundJson.ReadAsync(request) is not JsonObject sent)
        {
            return TypedResults.BadRequest();
        }

        var replaced = conversation.Replace(activityId, _ =>
        {
            var activity = PlaygroundActivities.FromBot(conversation, sent, time.GetUtcNow());
            PlaygroundCardActions.Rewrite(activity, activityId);
            return activity;
        });
        return replaced ? DirectLineEndpoints.Json(new JsonObject { ["id"] = activityId }) : NotFound();
    }

    // Teams shows a deleted message as "This message has been deleted"; the playground leaves an empty message.
    private static IResult Delete(string conversationId, string activityId, PlaygroundConversations conversations)
    {
        var conversation = conversations.Find(conversationId, token: null);
        return conversation is not null && conversation.Replace(activityId, previous => new JsonObject
        {
            ["type"] = "message",
            ["from"] = previous["from"]?.DeepClone(),
            ["recipient"] = previous["recipient"]?.DeepClone(),
            ["conversation"] = previous["conversation"]?.DeepClone(),
            ["channelId"] = previous["channelId"]?.DeepClone(),
        })
            ? TypedResults.Ok()
            : NotFound();
    }

    private static IResult NotFound() => DirectLineEndpoints.Json(
        new JsonObject { ["error"] = new JsonObject { ["code"] = "ConversationNotFound", ["message"] = "No such playground conversation or message." } },
        StatusCodes.Status404NotFound);
}

using System.Text.Json;
using System.Text.Json.Nodes;
using KommunalBot.Bot.Protocol;
using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Features.Playground;

internal static class PlaygroundJson
{
    /// The request's JSON body, at most Bot:MaxActivityBytes long; null when it is missing, too long or not JSON.
    public static async Task<JsonNode?> ReadAsync(HttpRequest request)
    {
        var limit = request.HttpContext.RequestServices.GetRequiredService<IOptions<BotOptions>>().Value.MaxActivityBytes;
        if (request.ContentLength > limit)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted);
        if (buffer.Length is 0 || buffer.Length > limit)
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(buffer.ToArray());
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

using System.Net.Http.Headers;
using System.Text.Json;
using KommunalBot.Bot.Protocol.Auth;

namespace KommunalBot.Bot.Protocol;

internal static partial class BotEndpoint
{
    /// The channel always posts JSON. Refusing other types also keeps a browser page from posting to the
    /// bot without a CORS preflight (a `text/plain` "simple request").
    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
        && string.Equals(mediaType.MediaType, "application/json", StringComparison.OrdinalIgnoreCase);

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static Activity? Parse(byte[] body, BotOptions options, out string problem)
    {
        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize(body, ProtocolJsonContext.Default.Activity);
        }
        catch (JsonException ex)
        {
            problem = $"invalid JSON at {LogValue.Clean(ex.Path)} (line {ex.LineNumber})";
            return null;
        }
        catch (InvalidOperationException)
        {
            problem = "a string is not valid UTF-16 (lone surrogate)";
            return null;
        }

        problem = activity is null || string.IsNullOrWhiteSpace(activity.Type)
            ? "body is not an activity (no type)"
            : Problem(activity, options.MaxIdLength) ?? string.Empty;
        return problem.Length == 0 ? activity : null;
    }

    /// Ids become store keys and log scope values: they must be short and free of control characters, and
    /// the serviceUrl must be a URL, before anything reads them.
    private static string? Problem(Activity activity, int maxIdLength)
    {
        foreach (var (name, value) in new[]
                 {
                     ("type", activity.Type), ("id", activity.Id), ("channelId", activity.ChannelId),
                     ("conversation.id", activity.Conversation?.Id), ("from.id", activity.From?.Id),
                     ("from.aadObjectId", activity.From?.AadObjectId), ("recipient.id", activity.Recipient?.Id),
                     ("tenant id", activity.TenantId()), ("replyToId", activity.ReplyToId), ("name", activity.Name),
                 })
        {
            if (value is not null && (value.Length > maxIdLength || value.Any(char.IsControl)))
            {
                return $"{name} is longer than {maxIdLength} characters or holds control characters";
            }
        }

        // Every channel activity names where it comes from and where answers go (github.com/microsoft/botframework-sdk/blob/main/specs/botframework-activity/botframework-activity.md).
        foreach (var (name, value) in new[]
                 {
                     ("conversation.id", activity.Conversation?.Id), ("from.id", activity.From?.Id), ("recipient.id", activity.Recipient?.Id),
                 })
        {
            if (string.IsNullOrEmpty(value))
            {
                return $"{name} is missing";
            }
        }

        return ServiceUrls.TryParse(activity.ServiceUrl, out _) ? null : "serviceUrl is missing or not an absolute http(s) URL";
    }

    private static bool IsLoopbackUrl(string? url) => ServiceUrls.TryParse(url, out var uri) && uri.IsLoopback;
}

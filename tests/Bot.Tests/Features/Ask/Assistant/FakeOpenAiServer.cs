using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace KommunalBot.Bot.Tests.Features.Ask.Assistant;

/// An OpenAI-compatible chat completions server on loopback: records every request and answers as scripted
/// (a completion text, an HTTP status, or never — until the client gives up).
public sealed class FakeOpenAiServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<RecordedRequest> requests = new();
    private Func<HttpContext, Task> behaviour;

    private FakeOpenAiServer(WebApplication app)
    {
        this.app = app;
        behaviour = context => Results.Json(Completion("[1]")).ExecuteAsync(context);
        app.Map("/{**path}", async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync(context.RequestAborted);
            var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            requests.Enqueue(new RecordedRequest(context.Request.Method, context.Request.Path.Value ?? "", headers, body));
            await behaviour(context);
        });
    }

    /// Base URL in the form the options take, like Azure's ".../openai/v1/" or vLLM's ".../v1/".
    public string Endpoint { get; private set; } = string.Empty;

    public IReadOnlyList<RecordedRequest> Requests => requests.ToList();

    public static async Task<FakeOpenAiServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var server = new FakeOpenAiServer(builder.Build());
        await server.app.StartAsync();
        var address = server.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Endpoint = address + "/v1/";
        return server;
    }

    public void AnswerWith(string content) =>
        behaviour = context => Results.Json(Completion(content)).ExecuteAsync(context);

    public void FailWith(int status) =>
        behaviour = context => Results.Json(new JsonObject { ["error"] = new JsonObject { ["message"] = "boom" } }, statusCode: status).ExecuteAsync(context);

    /// The server holds the request until the client cancels it.
    public void NeverAnswer() =>
        behaviour = async context =>
        {
            try
            {
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                // The client gave up, as the test wants.
            }
        };

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private static JsonObject Completion(string content) => new()
    {
        ["id"] = "chatcmpl-test",
        ["object"] = "chat.completion",
        ["created"] = 1763700000,
        ["model"] = "test-model",
        ["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = 0,
            ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content },
            ["finish_reason"] = "stop",
        }),
        ["usage"] = new JsonObject { ["prompt_tokens"] = 100, ["completion_tokens"] = 20, ["total_tokens"] = 120 },
    };
}

public sealed record RecordedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body);

using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace KommunalBot.Bot.Tests.TestHost;

/// An in-process Bot Framework channel on loopback: OpenID metadata + JWKS (with endorsements) for a
/// generated RSA key, a client-credentials token endpoint over HTTPS for MSAL, and a Connector that
/// records every call and can be told to fail.
public sealed partial class FakeChannel : IAsyncDisposable
{
    public const string Issuer = "https://api.botframework.com";

    private readonly WebApplication app;
    private readonly ConcurrentQueue<RecordedCall> calls = new();
    private readonly ConcurrentQueue<(int Status, string? RetryAfter, string? SubCode)> faults = new();
    private int nextId;

    private FakeChannel(WebApplication app, X509Certificate2 certificate)
    {
        this.app = app;
        Certificate = certificate;
    }

    /// Endorsed for msteams; the bot must accept tokens it signs.
    public RsaSecurityKey TeamsKey { get; } = NewKey("teams-key");

    /// Published, but endorsed only for webchat: a token it signs for msteams must be refused.
    public RsaSecurityKey WebchatKey { get; } = NewKey("webchat-key");

    /// Never published.
    public RsaSecurityKey UnknownKey { get; } = NewKey("unknown-key");

    public X509Certificate2 Certificate { get; }

    public string BaseUrl { get; private set; } = string.Empty;

    public string TlsBaseUrl { get; private set; } = string.Empty;

    public string ServiceUrl => BaseUrl + "/emea/";

    public string MetadataUrl => BaseUrl + "/v1/.well-known/openidconfiguration";


    public IReadOnlyList<RecordedCall> ConnectorCalls => calls.Where(c => c.Path.Contains("/v3/", StringComparison.Ordinal)).ToList();

    /// The messages the bot posted (replies, sends, updates), without typing indicators.
    public IReadOnlyList<RecordedCall> Messages => ConnectorCalls.Where(c => c.Type == "message").ToList();

    public IReadOnlyList<string> TokenRequestPaths =>
        calls.Where(c => c.Path.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal)).Select(c => c.Path).ToList();

    public int TokenRequests => calls.Count(c => c.Path.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal));

    public static async Task<FakeChannel> StartAsync()
    {
        var certificate = SelfSignedCertificate();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0);
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate));
        });
        var app = builder.Build();
        var channel = new FakeChannel(app, certificate);
        channel.MapRoutes();
        await app.StartAsync();
        var addresses = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<IServerAddressesFeature>()!.Addresses;
        channel.BaseUrl = addresses.First(a => a.StartsWith("http://", StringComparison.Ordinal));
        channel.TlsBaseUrl = addresses.First(a => a.StartsWith("https://", StringComparison.Ordinal));
        return channel;
    }

    /// The next <paramref name="count"/> connector calls answer with this status, a Retry-After header (seconds or an
    /// HTTP date) when given, and the Connector's error body `{"error":{"code":"Fault{status}","subCode":…}}`.
    public void FailNext(int count, int status, string? retryAfter = null, string? subCode = null)
    {
        for (var i = 0; i < count; i++)
        {
            faults.Enqueue((status, retryAfter, subCode));
        }
    }

    /// The next connector call answers as Teams does when the user blocked or uninstalled the bot
    /// (learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/send-proactive-messages): 403 with subCode MessageWritesBlocked.
    public void BlockNext() => FailNext(1, 403, subCode: "MessageWritesBlocked");

    /// The next <paramref name="count"/> connector calls are received and recorded, then the connection is dropped
    /// without an answer: the caller cannot know whether the message arrived.
    public void DropNext(int count) => FailNext(count, DroppedConnection);

    private const int DroppedConnection = -1;

    /// How long the Connector takes to answer (real time), so that calls are in flight for a while.
    public TimeSpan Latency { get; set; }

    public void ClearCalls() => calls.Clear();

    /// Members Teams knows, by the id a bot asks for (`GET …/members/{id}`: an Entra object id or a `29:` id); any
    /// other id is answered with a default account.
    public ConcurrentDictionary<string, JsonObject> Members { get; } = new(StringComparer.OrdinalIgnoreCase);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        Certificate.Dispose();
    }

    private void MapRoutes()
    {
        app.MapGet("/v1/.well-known/openidconfiguration", () => Results.Json(new JsonObject
        {
            ["issuer"] = Issuer,
            ["jwks_uri"] = BaseUrl + "/v1/.well-known/keys",
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        }));
        app.MapGet("/v1/.well-known/keys", () => Results.Json(new JsonObject
        {
            ["keys"] = new JsonArray(Jwk(TeamsKey, "msteams", "emulator", "webchat"), Jwk(WebchatKey, "webchat", "directline")),
        }));
        app.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", (string tenant) => Results.Json(new JsonObject
        {
            ["issuer"] = EntraAuthority(tenant),
            ["jwks_uri"] = BaseUrl + "/v1/.well-known/keys",
        }));
        app.MapPost("/{tenant}/oauth2/v2.0/token", async (HttpRequest request) =>
        {
            calls.Enqueue(new RecordedCall("POST", request.Path, null, null));
            var form = await request.ReadFormAsync();
            return Results.Json(new JsonObject
            {
                ["token_type"] = "Bearer",
                ["expires_in"] = 3600,
                ["ext_expires_in"] = 3600,
                ["access_token"] = CreateConnectorToken(form["client_id"].ToString()),
            });
        });
        app.Map("/{**path}", ConnectorAsync);
    }

    private async Task<IResult> ConnectorAsync(HttpRequest request)
    {
        JsonNode? body = null;
        if (request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0)
        {
            body = await JsonNode.ParseAsync(request.Body);
        }

        calls.Enqueue(new RecordedCall(request.Method, Uri.UnescapeDataString(request.Path), request.Headers.Authorization.ToString(), body)
        {
            At = Clock.GetUtcNow(),
        });
        if (Latency > TimeSpan.Zero)
        {
            await Task.Delay(Latency);
        }

        if (faults.TryDequeue(out var fault))
        {
            if (fault.Status == DroppedConnection)
            {
                request.HttpContext.Abort();
                return Results.Empty;
            }

            if (fault.RetryAfter is not null)
            {
                request.HttpContext.Response.Headers.RetryAfter = fault.RetryAfter;
            }

            var error = new JsonObject { ["code"] = "Fault" + fault.Status, ["message"] = "injected" };
            if (fault.SubCode is not null)
            {
                error["subCode"] = fault.SubCode;
            }

            return Results.Json(new JsonObject { ["error"] = error }, statusCode: fault.Status);
        }

        var id = Interlocked.Increment(ref nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return request.Method switch
        {
            "DELETE" => Results.Ok(),
            "GET" when Members.TryGetValue(request.Path.Value!.Split('/').Last(), out var member) => Results.Json(member),
            "GET" => Results.Json(new JsonObject { ["id"] = request.Path.Value!.Split('/').Last(), ["name"] = "Erika Mustermann" }),
            "PUT" => Results.Json(new JsonObject { ["id"] = body?["id"]?.GetValue<string>() }),
            // A new thread in a channel is the channel's id with the thread's message id; a new 1:1 chat gets an id of its own.
            _ when request.Path.Value!.EndsWith("/v3/conversations", StringComparison.Ordinal) => Results.Json(new JsonObject
            {
                ["id"] = body?["channelData"]?["channel"]?["id"]?.GetValue<string>() is { } channel ? $"{channel};messageid={id}" : "a:created-" + id,
                ["activityId"] = id,
            }, statusCode: 201),
            _ => Results.Json(new JsonObject { ["id"] = "reply-" + id }, statusCode: 201),
        };
    }

    private static JsonObject Jwk(RsaSecurityKey key, params string[] endorsements)
    {
        var parameters = key.Rsa.ExportParameters(false);
        return new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = key.KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            ["endorsements"] = new JsonArray(endorsements.Select(e => (JsonNode)e!).ToArray()),
        };
    }

    private static RsaSecurityKey NewKey(string kid) => new(RSA.Create(2048)) { KeyId = kid };

    private static X509Certificate2 SelfSignedCertificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=fake-channel", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        san.AddIpAddress(IPAddress.Loopback);
        san.AddDnsName("localhost");
        request.CertificateExtensions.Add(san.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
    }
}

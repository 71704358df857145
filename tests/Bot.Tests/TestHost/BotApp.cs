using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace KommunalBot.Bot.Tests.TestHost;

/// The real bot on a loopback Kestrel port, wired to a <see cref="FakeChannel"/>, a temp SQLite file and a manual clock.
public sealed class BotApp : WebApplicationFactory<Program>
{
    public const string AllowedTenant = "5a0c2d6e-1b7f-4c1e-9d2a-7b3c4d5e6f70";
    public const string EditorObjectId = "e0e0e0e0-1111-4222-8333-444455556666";
    public const string AdminObjectId = "a0a0a0a0-1111-4222-8333-444455556666";

    private readonly string dataDirectory = Directory.CreateTempSubdirectory("kommunalbot-test-").FullName;
    private readonly Dictionary<string, string?> settings;

    private readonly Action<IServiceCollection>? extraServices;

    private BotApp(FakeChannel channel, Dictionary<string, string?> overrides, Action<IServiceCollection>? services)
    {
        Channel = channel;
        extraServices = services;
        channel.Clock = Clock;
        settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "test-secret",
            ["MicrosoftAppType"] = "MultiTenant",
            ["ToBotFromChannelOpenIdMetadataUrl"] = channel.MetadataUrl,
            ["ToChannelFromBotLoginUrl"] = channel.TlsBaseUrl + "/{0}", // {0}: botframework.com or the bot's tenant
            ["ToBotFromEmulatorOpenIdMetadataUrl"] = channel.EntraAuthority("common") + "/.well-known/openid-configuration",
            ["Storage:SqlitePath"] = Path.Combine(dataDirectory, "bot.db"),
            ["Access:Tenants:0:TenantId"] = AllowedTenant,
            ["Access:Tenants:0:Organisation"] = "Stadt Musterstadt",
            ["Access:Tenants:0:Region"] = "Bayern",
            ["Access:Roles:0:Role"] = "Editor",
            ["Access:Roles:0:ObjectId"] = EditorObjectId,
            ["Access:Roles:1:Role"] = "Admin",
            ["Access:Roles:1:ObjectId"] = AdminObjectId,
            ["Admin:Authority"] = channel.EntraAuthority(AllowedTenant),
        };
        foreach (var (key, value) in overrides)
        {
            if (value is null)
            {
                settings.Remove(key); // null: leave the setting out altogether
            }
            else
            {
                settings[key] = value;
            }
        }

        UseKestrel(); // the port comes from the urls setting below: UseKestrel(0) races with Program.Run()
    }

    public string AppId { get; } = Guid.NewGuid().ToString();

    public FakeChannel Channel { get; }

    /// The bot's clock: "now", timers (background jobs) and waits (connector back-off) move only when a test
    /// advances it, so a test sees what happens after a minute or a day without waiting for it.
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public HttpClient Http { get; private set; } = null!;

    /// Everything the bot logged, with scopes.
    public LogRecorder Logs { get; } = new();

    /// <paramref name="services"/>: registrations added after the bot's own (a test's stand-in at a true edge).
    public static async Task<BotApp> StartAsync(Dictionary<string, string?>? overrides = null, Action<IServiceCollection>? services = null)
    {
        var channel = await FakeChannel.StartAsync();
        var app = new BotApp(channel, overrides ?? [], services);
        try
        {
            app.StartServer();
        }
        catch
        {
            await channel.DisposeAsync();
            throw;
        }

        app.Http = new HttpClient { BaseAddress = new Uri(app.ServerAddress()) };
        return app;
    }

    /// The error of a start that must fail. When the app fails to start, WebApplicationFactory's deferred host may
    /// race with the app's own disposal and report ObjectDisposedException for the IServiceProvider instead of the
    /// start error (dotnet/aspnetcore#33494): that is the harness, not the bot, so the start is tried again, at most
    /// three times, to see the bot's own error.
    public static async Task<Exception> StartFailureAsync(Dictionary<string, string?> overrides)
    {
        Exception? error = null;
        for (var attempt = 0; attempt < 3 && error is null or ObjectDisposedException; attempt++)
        {
            try
            {
                await using var app = await StartAsync(overrides);
                error = null;
                break;
            }
            catch (Exception ex)
            {
                error = ex;
            }
        }

        return error ?? throw new InvalidOperationException("the bot started although it should not have");
    }

    /// POSTs an activity the way the channel does, with a token of the given variant.
    public async Task<HttpResponseMessage> SendAsync(JsonObject activity, TokenVariant variant = TokenVariant.Good)
    {
        var token = Channel.CreateToken(AppId, Clock.GetUtcNow(), variant);
        return await PostAsync(activity.ToJsonString(), "Bearer " + token);
    }

    /// Lets the bot's clock run while <paramref name="work"/> waits on it (a connector back-off, a job's timer): moves it
    /// by <paramref name="step"/> at a time until the work is done. A busy machine slows the bot, not the clock, so
    /// the give-up is in real time (30 s); tests assert how far the clock had to move.
    public async Task<T> RunClockUntilDoneAsync<T>(Task<T> work, TimeSpan step)
    {
        var running = System.Diagnostics.Stopwatch.StartNew();
        while (!work.IsCompleted)
        {
            if (running.Elapsed > TimeSpan.FromSeconds(30))
            {
                throw new TimeoutException($"Still waiting after 30 s; the bot's clock is at {Clock.GetUtcNow():O}.");
            }

            Clock.Advance(step);
            await Task.WhenAny(work, Task.Delay(TimeSpan.FromMilliseconds(20))); // lets the bot take its next step
        }

        return await work;
    }

    public async Task<HttpResponseMessage> PostAsync(string body, string? authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await Http.SendAsync(request);
    }

    /// A request to the admin API with an Entra token of the allowed tenant for the given object id.
    public async Task<HttpResponseMessage> AdminAsync(HttpMethod method, string path, string objectId)
    {
        var token = Channel.CreateAdminToken(AllowedTenant, objectId, "api://" + AppId, Clock.GetUtcNow());
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await Http.SendAsync(request);
    }

    public ActivityBuilder Activity() => new(Channel.ServiceUrl, AppId, AllowedTenant);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseContentRoot(RepoPaths.Bot);
        builder.UseSetting(WebHostDefaults.ServerUrlsKey, "http://127.0.0.1:0");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            extraServices?.Invoke(services);

            // MSAL insists on https: trust exactly the fake channel's self-signed certificate.
            services.AddHttpClient("msal").ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler
            {
                ServerCertificateCustomValidationCallback = (_, certificate, _, _) =>
                    certificate?.Thumbprint == Channel.Certificate.Thumbprint,
            });
        });
    }

    public override async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await base.DisposeAsync();
        await Channel.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(dataDirectory, recursive: true);
    }

    private string ServerAddress() =>
        Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses
            .First().Replace("localhost", "127.0.0.1", StringComparison.Ordinal);
}

using System.Globalization;
using System.Net;
using System.Text.Json;
using KommunalBot.Bot.Features.Delivery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace KommunalBot.Bot.Bench;

/// A Teams Connector on loopback Kestrel that takes `POST /emea/v3/conversations/{id}/activities` within Teams' limits:
/// per conversation and per tenant (the activity's `conversation.tenantId`, else `channelData.tenant.id`), sliding
/// windows stamped at arrival (<see cref="FanoutThrottle"/>). A refused call gets 429 with Retry-After and is not
/// counted. During a storm every call gets 429, every other one with `Retry-After: 2` and the rest without (Teams
/// usually sends it, but a client must not rely on it).
internal sealed class FanoutLoopbackConnector : FanoutConnector
{
    private const string Prefix = "/emea/";
    private const string NoTenant = "(none)";

    private readonly WebApplication app;
    private readonly FanoutThrottle conversations;
    private readonly FanoutThrottle tenants;
    private readonly Lock gate = new();
    private readonly long started = TimeProvider.System.GetTimestamp();
    private bool storm;
    private long activityIds;
    private long stormCalls;
    private string? serviceUrl;

    private FanoutLoopbackConnector(WebApplication app, DeliveryOptions limits)
    {
        this.app = app;
        conversations = new FanoutThrottle(limits.ConversationLimitList);
        tenants = new FanoutThrottle(limits.TenantLimitList);
        Description = $"loopback connector, per conversation {limits.ConversationLimits}, per tenant {limits.TenantLimits}";
        app.MapPost(Prefix + "v3/conversations/{conversationId}/activities", PostAsync);
    }

    public override string ServiceUrl => serviceUrl ?? throw new InvalidOperationException("not started");

    public override string Description { get; }

    public static async Task<FanoutLoopbackConnector> StartAsync(DeliveryOptions limits)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var connector = new FanoutLoopbackConnector(builder.Build(), limits);
        await connector.app.StartAsync();
        var address = connector.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        connector.serviceUrl = address.TrimEnd('/') + Prefix;
        return connector;
    }

    public override Task ResetAsync(CancellationToken cancellationToken)
    {
        Tally.Clear(); // the throttle's logs stay: a new run uses new conversation and tenant ids anyway
        return Task.CompletedTask;
    }

    public override Task StormAsync(bool raging, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            storm = raging;
        }

        return Task.CompletedTask;
    }

    public override async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task PostAsync(HttpContext context, string conversationId)
    {
        string tenant;
        using (var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted))
        {
            tenant = TenantOf(body.RootElement);
        }

        var arrived = TimeProvider.System.GetUtcNow();
        var nowMs = TimeProvider.System.GetElapsedTime(started).TotalMilliseconds;
        int? retryAfter;
        var refused = true;
        lock (gate)
        {
            if (storm)
            {
                retryAfter = ++stormCalls % 2 == 0 ? 2 : null;
            }
            else
            {
                retryAfter = conversations.Refusal(conversationId, nowMs) ?? tenants.Refusal(tenant, nowMs);
                refused = retryAfter is not null;
                if (!refused)
                {
                    conversations.Stamp(conversationId, nowMs);
                    tenants.Stamp(tenant, nowMs);
                }
            }
        }

        if (refused)
        {
            Tally.Refused();
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            if (retryAfter is { } seconds)
            {
                context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            }

            await context.Response.WriteAsync("""{"error":{"code":"TooManyRequests","message":"Too many requests"}}""");
            return;
        }

        Tally.Accepted(conversationId, arrived);
        context.Response.StatusCode = StatusCodes.Status201Created;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync($$"""{"id":"1:{{Interlocked.Increment(ref activityIds)}}"}""");
    }

    private static string TenantOf(JsonElement activity) =>
        Text(activity, "conversation", "tenantId") ?? Text(activity, "channelData", "tenant", "id") ?? NoTenant;

    private static string? Text(JsonElement element, params string[] path)
    {
        foreach (var name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
            {
                return null;
            }
        }

        return element.ValueKind == JsonValueKind.String ? element.GetString() : null;
    }
}

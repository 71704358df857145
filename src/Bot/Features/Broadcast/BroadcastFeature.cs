using KommunalBot.Bot.Features.Broadcast.Events;
using KommunalBot.Bot.Features.Broadcast.Practice;
using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Features.Broadcast;

public static class BroadcastFeature
{
    /// Subscriptions, best practices, digests and events, posted into subscribed channels through Delivery.
    public static IHostApplicationBuilder AddBroadcast(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<BroadcastOptions>().Bind(builder.Configuration.GetSection(BroadcastOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BroadcastOptions>, BroadcastOptionsValidator>();
        services.AddSingleton<SubscriptionStore>();
        services.AddSingleton<DigestItemStore>();
        services.AddSingleton<BroadcastAudience>();
        services.AddSingleton<BroadcastReplies>();
        services.AddSingleton<Protocol.IBotFeature, PreviewHandlers>();
        services.AddBroadcastPractice();
        services.AddBroadcastSubscriptions();
        services.AddBroadcastEvents();
        return builder;
    }

    /// Broadcast's admin endpoints and the events' calendar files.
    public static IEndpointRouteBuilder MapBroadcast(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapBroadcastPractice();
        endpoints.MapBroadcastAnnouncements();
        endpoints.MapBroadcastEvents();
        return endpoints;
    }
}


using KommunalBot.Bot.Features.Delivery;
using KommunalBot.Bot.Protocol;

namespace KommunalBot.Bot.Features.Broadcast;

/// Registration of subscriptions, digests and announcements (one line in BroadcastFeature.AddBroadcast).
internal static class SubscriptionSetup
{
    public static IServiceCollection AddBroadcastSubscriptions(this IServiceCollection services)
    {
        services.AddSingleton<SubscriptionCards>();
        services.AddSingleton<IBotFeature, SubscriptionHandlers>();
        services.AddSingleton<SubscriptionEnding>();
        services.AddSingleton<IBotFeature>(sp => sp.GetRequiredService<SubscriptionEnding>());
        services.AddSingleton<IDeliveryOwner>(sp => sp.GetRequiredService<SubscriptionEnding>());
        services.AddSingleton<DigestCards>();
        services.AddSingleton<Digests>();
        services.AddSingleton<IBotFeature, DigestHandlers>();
        services.AddSingleton<DigestJob>();
        services.AddHostedService(sp => sp.GetRequiredService<DigestJob>());
        services.AddSingleton<AnnouncementStore>();
        services.AddSingleton<Announcements>();
        services.AddSingleton<IBotFeature, AnnouncementHandlers>();
        services.AddSingleton<AnnouncementJob>();
        services.AddHostedService(sp => sp.GetRequiredService<AnnouncementJob>());
        services.AddSingleton<Privacy.IPersonalData, SubscriptionPersonalData>();
        return services;
    }
}

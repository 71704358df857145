using KommunalBot.Bot.Protocol;

namespace KommunalBot.Bot.Features.Consult;

/// The advisors' side of Consult: binding a channel to a pool (`hier beraten`), the request card in that channel and its buttons.
internal static class AdvisorSetup
{
    public static IServiceCollection AddConsultAdvisors(this IServiceCollection services)
    {
        services.AddSingleton<PoolChannelStore>();
        services.AddSingleton<AdvisorDirectory>();
        services.AddSingleton<AdvisorCards>();
        services.AddSingleton<IConsultObserver, AdvisorCardObserver>();
        services.AddSingleton<IBotFeature, PoolChannelHandlers>();
        services.AddSingleton<IBotFeature, AdvisorHandlers>();
        return services;
    }
}

namespace KommunalBot.Bot.Features.Consult;

/// Registration of the relay, notifications, SLA escalation and FAQ drafts (one line in ConsultFeature.AddConsult).
internal static class RelaySetup
{
    public static IServiceCollection AddConsultRelay(this IServiceCollection services)
    {
        services.AddSingleton<RelayOutbox>();
        services.AddSingleton<IConsultObserver, NotificationObserver>();
        services.AddSingleton<Protocol.IBotFeature, RelayHandlers>();
        services.AddSingleton<DraftStore>();
        services.AddSingleton<Protocol.IBotFeature, DraftHandlers>();
        services.AddSingleton<ConsultSlaJob>();
        services.AddHostedService(sp => sp.GetRequiredService<ConsultSlaJob>());
        return services;
    }
}

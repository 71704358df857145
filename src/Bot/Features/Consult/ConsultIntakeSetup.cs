using KommunalBot.Bot.Protocol;

namespace KommunalBot.Bot.Features.Consult;

/// The clerk's side of Consult: the request form, `meine anfragen`, the clerk's data for DSGVO requests, and retention.
internal static class ConsultIntakeSetup
{
    public static IServiceCollection AddConsultIntake(this IServiceCollection services)
    {
        services.AddSingleton<IntakeForm>();
        services.AddSingleton<ClerkCards>();
        services.AddSingleton<ClerkGate>();
        services.AddSingleton<IBotFeature, IntakeHandlers>();
        services.AddSingleton<IBotFeature, ClerkHandlers>();
        services.AddSingleton<Privacy.IPersonalData, ConsultPersonalData>();
        services.AddSingleton<ConsultRetention>();
        services.AddHostedService(sp => sp.GetRequiredService<ConsultRetention>());
        return services;
    }
}

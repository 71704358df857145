using KommunalBot.Bot.Protocol;

namespace KommunalBot.Bot.Features.Broadcast.Practice;

/// Best-practice submission and editor review (one line in BroadcastFeature.AddBroadcast).
internal static class PracticeSetup
{
    public static IServiceCollection AddBroadcastPractice(this IServiceCollection services)
    {
        services.AddSingleton<SubmissionStore>();
        services.AddSingleton<EditorChannelStore>();
        services.AddSingleton<PracticeForm>();
        services.AddSingleton<PracticeCards>();
        services.AddSingleton<PracticeNotices>();
        services.AddSingleton<PracticePublication>();
        services.AddSingleton<PracticeService>();
        services.AddSingleton<IBotFeature, PracticeHandlers>();
        services.AddSingleton<IBotFeature, ReviewHandlers>();
        services.AddSingleton<IBotFeature, EditorChannelHandlers>();
        services.AddSingleton<Privacy.IPersonalData, PracticePersonalData>();
        services.AddSingleton<PracticeRetention>();
        services.AddHostedService(sp => sp.GetRequiredService<PracticeRetention>());
        return services;
    }
}

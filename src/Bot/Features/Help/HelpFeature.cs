using KommunalBot.Bot.Protocol;

namespace KommunalBot.Bot.Features.Help;

/// The help card (`hilfe` / `help`), the welcome card on install, and the apology when a turn fails.
public static class HelpFeature
{
    public static IHostApplicationBuilder AddHelp(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<WelcomeMarkers>();
        builder.Services.AddSingleton<Privacy.IPersonalData>(sp => sp.GetRequiredService<WelcomeMarkers>());
        builder.Services.AddSingleton<IBotFeature, HelpHandlers>();
        builder.Services.AddSingleton<ITurnErrorReporter, ApologyReporter>();
        return builder;
    }
}

namespace KommunalBot.Bot.Features.Broadcast.Events;

/// The events part of Broadcast: `veranstaltung`, `veranstaltungen`, the invite with RSVP, the calendar file, the
/// reminders, the admin API, export and erasure, and retention.
internal static class EventSetup
{
    public static IServiceCollection AddBroadcastEvents(this IServiceCollection services)
    {
        services.AddSingleton<EventStore>();
        services.AddSingleton<EventCards>();
        services.AddSingleton<EventNotices>();
        services.AddSingleton<EventForm>();
        services.AddSingleton<EventService>();
        services.AddSingleton<Protocol.IBotFeature, EventHandlers>();
        services.AddSingleton<Privacy.IPersonalData, EventPersonalData>();
        services.AddSingleton<EventReminders>();
        services.AddHostedService(sp => sp.GetRequiredService<EventReminders>());
        services.AddSingleton<EventRetention>();
        services.AddHostedService(sp => sp.GetRequiredService<EventRetention>());
        return services;
    }
}

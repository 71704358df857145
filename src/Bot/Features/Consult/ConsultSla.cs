namespace KommunalBot.Bot.Features.Consult;

/// When a request must have been taken. PLACEHOLDER: counts calendar time; business hours in Europe/Berlin without
/// weekends and the Land's public holidays follow.
internal static class ConsultSla
{
    public static DateTimeOffset DueUtc(DateTimeOffset createdUtc, ConsultUrgency urgency, ConsultOptions options) =>
        createdUtc + (urgency == ConsultUrgency.Dringend ? options.UrgentSlaWindow : options.SlaWindow);
}

namespace KommunalBot.Bot.Features.Broadcast;

/// Section `Broadcast`: digests, events and who may send to whom.
public sealed class BroadcastOptions
{
    public const string SectionName = "Broadcast";

    /// Items on one digest card; the rest behind "mehr anzeigen". Teams shows a card of about 28 KB, and five
    /// items with their summaries stay well below that.
    public int DigestMaxItems { get; set; } = 5;

    /// Editors limited to regions; an editor without an entry is not limited.
    public List<EditorAudience> EditorAudiences { get; set; } = [];

    /// How long a reviewed submission (published or rejected) and a past event with its answers are kept.
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(365);

    /// How long before an event starts its reminder goes to those who accepted.
    public TimeSpan ReminderLead { get; set; } = TimeSpan.FromDays(1);

    /// The address Teams users reach the bot at, for links in cards (the event's .ics file). Empty: no link.
    public string PublicBaseUrl { get; set; } = string.Empty;
}

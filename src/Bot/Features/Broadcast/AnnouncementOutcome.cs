namespace KommunalBot.Bot.Features.Broadcast;

/// What <see cref="Announcements.SendAsync"/> did. Closed: the constructor is private.
internal abstract record AnnouncementOutcome
{
    private AnnouncementOutcome()
    {
    }

    /// Queued for <paramref name="Plan"/>'s channels; <paramref name="New"/> deliveries were new (0 for a repeat).
    public sealed record Sent(Announcement Announcement, AudiencePlan Plan, int New) : AnnouncementOutcome;

    /// Sent before: nothing was queued again.
    public sealed record AlreadySent(Announcement Announcement, AudiencePlan Plan) : AnnouncementOutcome;

    /// Waits for its send time (admin API); the job sends it then.
    public sealed record Scheduled(Announcement Announcement) : AnnouncementOutcome;

    public sealed record Unknown : AnnouncementOutcome;

    /// The sender (or, for a scheduled one, its author) is limited to regions the announcement's region is not in.
    public sealed record OutsideEditorRegions(IReadOnlyList<string> EditorRegions) : AnnouncementOutcome;

    /// Delivery refused the content (too large, or recalled already).
    public sealed record Rejected(string Detail) : AnnouncementOutcome;
}

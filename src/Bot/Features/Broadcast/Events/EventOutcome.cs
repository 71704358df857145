namespace KommunalBot.Bot.Features.Broadcast.Events;

/// What creating, sending, changing or cancelling an event did. Closed: the constructor is private.
internal abstract record EventOutcome
{
    private EventOutcome()
    {
    }

    /// <paramref name="Plan"/>: the channels the invite goes (or would go) to; null for a change or cancellation.
    public sealed record Done(BroadcastEvent Event, AudiencePlan? Plan) : EventOutcome;

    public sealed record NotFound : EventOutcome;

    /// The event was cancelled: it is not sent or changed any more.
    public sealed record WasCancelled : EventOutcome;

    /// The editor is limited to <paramref name="EditorRegions"/> and the event's region lies outside them.
    public sealed record OutsideRegions(IReadOnlyList<string> EditorRegions) : EventOutcome;
}

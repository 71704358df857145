namespace KommunalBot.Bot.Features.Broadcast;

/// What <see cref="BroadcastAudience.ResolveAsync"/> found. Closed: the constructor is private.
internal abstract record AudienceOutcome
{
    private AudienceOutcome()
    {
    }

    public sealed record Allowed(AudiencePlan Plan) : AudienceOutcome;

    /// The editor is limited to <paramref name="EditorRegions"/> and the item's region lies outside them (or the item
    /// names no region, which means everywhere). Nothing may be sent.
    public sealed record OutsideEditorRegions(IReadOnlyList<string> EditorRegions) : AudienceOutcome;
}

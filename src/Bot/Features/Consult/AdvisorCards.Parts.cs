using System.Globalization;

namespace KommunalBot.Bot.Features.Consult;

/// The history lines and the buttons of the advisors' card.
internal sealed partial class AdvisorCards
{
    private AdvisorHistoryLine Line(ConsultHistoryEntry entry, CultureInfo culture)
    {
        var what = texts.Get("consultAdvisorKind" + entry.Kind, culture);
        var detail = entry.Kind == ConsultActionKind.SetStatus && entry.Refused is null ? StatusLabel(entry.Status, culture) : Shorten(entry.Detail);
        return entry.Refused is null
            ? new AdvisorHistoryLine(Local(entry.At), entry.ActorName, what, detail, Refused: false)
            : new AdvisorHistoryLine(Local(entry.At), entry.ActorName, string.Format(culture, texts.Get("consultAdvisorHistoryRefused", culture), what), null, Refused: true);
    }

    /// Each button is shown when the workflow would allow its move for this member now; pressing it asks again.
    private static AdvisorCardActions Actions(ConsultRequest request, AdvisorPool pool, ConsultActor member, IReadOnlyList<AdvisorMember> members)
    {
        bool Allows(ConsultActionKind kind, string? target = null, ConsultStatus? to = null) =>
            ConsultWorkflow.Decide(request.Status, request.Assignee, pool.Members, new ConsultMove(kind, ConsultRole.PoolMember, member.ObjectId, target, to))
                is ConsultDecision.Moved;

        var colleagues = members
            .Where(m => !string.Equals(m.ObjectId, request.Assignee, StringComparison.OrdinalIgnoreCase))
            .Select(m => new AdvisorMemberChoice(m.ObjectId, m.Name ?? m.ObjectId))
            .ToList();
        return new AdvisorCardActions(
            CanClaim: Allows(ConsultActionKind.Claim),
            CanAssign: colleagues.Count > 0 && Allows(ConsultActionKind.Assign, colleagues[0].ObjectId),
            CanAnswer: Allows(ConsultActionKind.Answer),
            CanSetStatus: Allows(ConsultActionKind.SetStatus, to: ConsultStatus.InBearbeitung),
            CanClose: Allows(ConsultActionKind.Close),
            CanReopen: Allows(ConsultActionKind.Reopen),
            // A resolution can become a FAQ draft for the editors (ConsultDraftActionData; the draft store refuses a second one).
            CanDraft: request.Status == ConsultStatus.Geloest && !string.IsNullOrWhiteSpace(request.Resolution),
            Members: colleagues);
    }
}

namespace KommunalBot.Bot.Features.Consult;

/// The buttons a pool member sees, each shown when <see cref="ConsultWorkflow"/> would allow the move now;
/// <see cref="Members"/> are the colleagues "Zuweisen an …" offers.
internal sealed record AdvisorCardActions(
    bool CanClaim,
    bool CanAssign,
    bool CanAnswer,
    bool CanSetStatus,
    bool CanClose,
    bool CanReopen,
    bool CanDraft,
    IReadOnlyList<AdvisorMemberChoice> Members);

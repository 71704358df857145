namespace KommunalBot.Bot.Features.Consult;

/// Work that follows a stored change of a request: the advisors' card, notifications. Called after the write, in
/// registration order; a failing observer is logged and does not undo the move (the request is the record of truth,
/// and an observer must cope with being called again for the same change after a restart).
internal interface IConsultObserver
{
    Task OnCreatedAsync(ConsultRequest request, CancellationToken cancellationToken);

    Task OnMovedAsync(ConsultRequest before, ConsultRequest after, ConsultHistoryEntry entry, CancellationToken cancellationToken);
}

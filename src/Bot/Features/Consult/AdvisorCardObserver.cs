namespace KommunalBot.Bot.Features.Consult;

/// Keeps the advisors' card in step with the request: posted into the pool's channel as a new thread when the request
/// is created, edited in place after every move. A pool without a bound channel loses nothing: the request stays
/// open, and binding a channel later posts the cards of the pool's open requests (<see cref="PoolChannelHandlers"/>).
internal sealed class AdvisorCardObserver(AdvisorCards cards, PoolChannelStore channels, ILogger<AdvisorCardObserver> logger) : IConsultObserver
{
    public async Task OnCreatedAsync(ConsultRequest request, CancellationToken cancellationToken)
    {
        if (await channels.GetAsync(request.Pool, cancellationToken) is not { } binding)
        {
            AdvisorLog.NoChannel(logger, request.Id, request.Pool);
            return;
        }

        await cards.PostAsync(request, binding, mayExist: false, cancellationToken);
    }

    public Task OnMovedAsync(ConsultRequest before, ConsultRequest after, ConsultHistoryEntry entry, CancellationToken cancellationToken) =>
        cards.UpdateAsync(after.Id, cancellationToken);
}

namespace KommunalBot.Bot.Features.Delivery;

/// Wakes this instance's sender at once when content is enqueued or changed here; work enqueued on another instance
/// is found at the sender's next poll (<see cref="DeliveryOptions.PollInterval"/>).
internal sealed class DeliverySignal
{
    private readonly SemaphoreSlim raised = new(0, 1);
    private volatile bool requested;

    /// New or changed content here: the sender reads the open contents again at once.
    public void Raise()
    {
        requested = true;
        Nudge();
    }

    /// Only wakes the sender's loop (a call it made has ended).
    public void Nudge()
    {
        try
        {
            raised.Release();
        }
        catch (SemaphoreFullException)
        {
            // already raised
        }
    }

    /// Whether <see cref="Raise"/> was called since the last time this was asked.
    public bool TakeRequest()
    {
        var was = requested;
        requested = false;
        return was;
    }

    /// True when raised or nudged within <paramref name="timeout"/>.
    public Task<bool> WaitAsync(TimeSpan timeout, TimeProvider timeProvider, CancellationToken cancellationToken) =>
        WaitCoreAsync(timeout, timeProvider, cancellationToken);

    private async Task<bool> WaitCoreAsync(TimeSpan timeout, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var wait = raised.WaitAsync(timer.Token);
        var delay = Task.Delay(timeout, timeProvider, timer.Token);
        await Task.WhenAny(wait, delay);
        await timer.CancelAsync();
        try
        {
            await wait; // a release that raced with the timeout still counts
            return true;
        }
        catch (OperationCanceledException)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return false;
        }
    }
}

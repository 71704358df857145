namespace KommunalBot.Bot.Storage;

/// Named, expiring leases in the shared store: of several bot instances at most one holds a name at a time,
/// so background work under a lease runs on exactly one instance. Every call is one atomic operation of the
/// backend; storage failures throw.
internal interface ILeases
{
    /// Takes the lease if it is free or expired, or extends it if this holder has it already:
    /// <see cref="LeaseOutcome.Held"/> or <see cref="LeaseOutcome.TakenByAnother"/>.
    Task<LeaseOutcome> TryAcquireAsync(Lease lease, CancellationToken cancellationToken);

    /// Extends the holder's lease by its duration: <see cref="LeaseOutcome.Held"/>, or <see cref="LeaseOutcome.Lost"/>
    /// when another holder has taken it since (an expired lease nobody took is still the holder's).
    Task<LeaseOutcome> RenewAsync(Lease lease, CancellationToken cancellationToken);

    /// Frees the lease so another instance can take it at once; false when it was not the holder's (any more).
    Task<bool> ReleaseAsync(Lease lease, CancellationToken cancellationToken);
}

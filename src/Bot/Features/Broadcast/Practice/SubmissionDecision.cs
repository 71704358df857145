namespace KommunalBot.Bot.Features.Broadcast.Practice;

/// One editor's decision on one round of a submission, kept so that a second editor learns who decided, and the
/// submitter what the note or reason was.
internal sealed record SubmissionDecision
{
    public required int Round { get; init; }
    public required ReviewDecision Decision { get; init; }

    /// The note (Überarbeiten) or reason (Ablehnen); null for Freigeben.
    public string? Note { get; init; }

    /// Entra object id of the editor; "admin API" callers without one are named by the token's subject.
    public required string ByObjectId { get; init; }
    public required string ByName { get; init; }
    public required DateTimeOffset AtUtc { get; init; }
}

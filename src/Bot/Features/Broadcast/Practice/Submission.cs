using System.Text.Json.Serialization;

namespace KommunalBot.Bot.Features.Broadcast.Practice;

/// A best practice a member submitted, `broadcast/practice/{id}`: what they wrote, who they are (DSGVO: export and
/// erasure find them by <see cref="SubmitterObjectId"/>), and every editor's decision. A resubmission after
/// "Überarbeiten" keeps the id and starts the next <see cref="Round"/>.
internal sealed record Submission
{
    /// `BP-2026-0007`: readable, quoted in messages and the admin API.
    public required string Id { get; init; }
    public required SubmissionState State { get; init; }

    /// 1 for the first submission, one more for each resubmission.
    public required int Round { get; init; }

    public required string TenantId { get; init; }
    public required string SubmitterObjectId { get; init; }
    public required string SubmitterName { get; init; }

    public required string Title { get; init; }
    public required string Organisation { get; init; }
    public required string Summary { get; init; }

    /// Themenfelder of the knowledge base, at least one.
    public required IReadOnlyList<string> Topics { get; init; }

    /// A Land or Regierungsbezirk (<see cref="Regions"/>); null for every region.
    public string? Region { get; init; }

    /// A function mailbox or a phone number; null once erased from a published submission.
    public string? Contact { get; init; }

    /// 1-5 https links to documents in Teams or SharePoint: the files stay there.
    public required IReadOnlyList<string> Links { get; init; }

    public required DateTimeOffset CreatedUtc { get; init; }

    /// When the current round was submitted.
    public required DateTimeOffset SubmittedUtc { get; init; }

    public required IReadOnlyList<SubmissionDecision> Decisions { get; init; }

    [JsonIgnore]
    public SubmissionDecision? LastDecision => Decisions.Count == 0 ? null : Decisions[^1];
}

using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Broadcast.Practice;

/// The data of cards/broadcast-practice-review.json: one round of a submission as the editors see it, with a note
/// field and Freigeben / Überarbeiten / Ablehnen while it is <see cref="Open"/>; after a decision, who decided and
/// the note instead. The same for every viewer: whoever presses is checked when they press.
internal sealed record PracticeReviewCardData : ICardData<PracticeReviewCardData>
{
    public static string CardName => "broadcast-practice-review";
    public static JsonTypeInfo<PracticeReviewCardData> JsonType => PracticeCardJsonContext.Cards.PracticeReviewCardData;

    public required string Id { get; init; }

    /// Sent back with the buttons: a decision on the card of an earlier round is refused.
    public required int Round { get; init; }

    public required string Title { get; init; }
    public required string Summary { get; init; }

    /// Organisation, topics, region, contact, who submitted and when.
    public required IReadOnlyList<BroadcastFact> Facts { get; init; }

    public required IReadOnlyList<string> Links { get; init; }

    public required bool Open { get; init; }

    /// "Freigegeben von Eva Redakteurin am 02.03.2026 10:15." once decided.
    public required string? Outcome { get; init; }

    /// The note or reason given with the decision.
    public required string? OutcomeNote { get; init; }

    /// The outcome's container style: "good", "warning" or "attention".
    public required string OutcomeStyle { get; init; }
}

using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Consult;

/// The data of cards/consult-draft.json: one FAQ draft for an editor; <see cref="Decision"/> is null while it waits,
/// then "accepted" or "discarded" (the card as it looks after the editor's press).
internal sealed record DraftCardData : ICardData<DraftCardData>
{
    public static string CardName => "consult-draft";
    public static JsonTypeInfo<DraftCardData> JsonType => ConsultRelayCardJsonContext.Cards.DraftCardData;

    public required string RequestId { get; init; }
    public required string Title { get; init; }
    public required string Question { get; init; }
    public required string Answer { get; init; }
    public required string Topics { get; init; }
    public required string Source { get; init; }
    public required string CreatedBy { get; init; }

    /// TT.MM.JJJJ, Europe/Berlin.
    public required string Created { get; init; }
    public required string? Decision { get; init; }
}

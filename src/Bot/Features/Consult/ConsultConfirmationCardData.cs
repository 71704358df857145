using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Consult;

/// The data of cards/consult-confirmation.json: what the clerk sees in place of the form once the request is stored.
internal sealed record ConsultConfirmationCardData : ICardData<ConsultConfirmationCardData>
{
    public static string CardName => "consult-confirmation";
    public static JsonTypeInfo<ConsultConfirmationCardData> JsonType => ConsultIntakeCardJsonContext.Cards.ConsultConfirmationCardData;

    /// The readable id, `BK-2026-0042`.
    public required string Id { get; init; }
    public required string Topic { get; init; }
    public required string StatusLabel { get; init; }
    public required string Date { get; init; }
    public required bool Urgent { get; init; }
}

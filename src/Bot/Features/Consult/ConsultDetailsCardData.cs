using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Consult;

/// The data of cards/consult-details.json: one of the clerk's requests with its history and what the clerk can do.
internal sealed record ConsultDetailsCardData : ICardData<ConsultDetailsCardData>
{
    public static string CardName => "consult-details";
    public static JsonTypeInfo<ConsultDetailsCardData> JsonType => ConsultIntakeCardJsonContext.Cards.ConsultDetailsCardData;

    public required string Id { get; init; }
    public required string Topic { get; init; }
    public required string StatusLabel { get; init; }
    public required string Date { get; init; }
    public required string Organisation { get; init; }
    public required string UrgencyLabel { get; init; }
    public required string Text { get; init; }
    public required string? Question { get; init; }
    public required string? AssigneeName { get; init; }
    public required string? Resolution { get; init; }
    public required string? Rating { get; init; }
    public required IReadOnlyList<ConsultHistoryLine> History { get; init; }
    public required bool CanAddInfo { get; init; }
    public required bool CanWithdraw { get; init; }
    public required bool CanRate { get; init; }
    public required int MaxInfoLength { get; init; }

    /// What the clerk's last action did ("Ihre Information ist bei den Beraterinnen und Beratern."), or null.
    public required string? Note { get; init; }
}

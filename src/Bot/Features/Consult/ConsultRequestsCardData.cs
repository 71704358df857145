using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Consult;

/// The data of cards/consult-requests.json (`meine anfragen`): the clerk's own requests, newest first.
internal sealed record ConsultRequestsCardData : ICardData<ConsultRequestsCardData>
{
    public static string CardName => "consult-requests";
    public static JsonTypeInfo<ConsultRequestsCardData> JsonType => ConsultIntakeCardJsonContext.Cards.ConsultRequestsCardData;

    public required IReadOnlyList<ConsultRequestLine> Items { get; init; }

    /// "Die 10 neuesten von 12 Anfragen", or null when all are shown.
    public required string? More { get; init; }

    /// What the clerk's last action did ("Ihre Anfrage BK-2026-0042 ist zurückgezogen."), or null.
    public required string? Note { get; init; }
}

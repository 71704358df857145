using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Delivery;

/// The data of cards/delivery-report.json: one send's <see cref="DeliveryReport"/> for an editor, with its
/// "Aktualisieren" and "Zurückziehen" buttons.
internal sealed record DeliveryReportCardData : ICardData<DeliveryReportCardData>
{
    public static string CardName => "delivery-report";
    public static JsonTypeInfo<DeliveryReportCardData> JsonType => DeliveryCardJsonContext.Cards.DeliveryReportCardData;

    public required string ContentId { get; init; }
    public required string Summary { get; init; }

    /// TT.MM.JJJJ HH:mm, Europe/Berlin.
    public required string Sent { get; init; }

    /// Recipients and delivered always, the other states when non-zero.
    public required IReadOnlyList<DeliveryFact> Counts { get; init; }

    /// Failure reasons, most frequent first: title "3×", value the reason.
    public required IReadOnlyList<DeliveryFact> Failures { get; init; }

    /// Time from enqueue to the last settled delivery ("4 Min. 12 Sek."); null while any is pending ("Läuft noch").
    public required string? Duration { get; init; }

    public required bool Recalled { get; init; }

    /// What the editor's last action did (recall accepted); null otherwise.
    public required string? Notice { get; init; }

    /// The confirmation step of a recall; null otherwise (then the card offers "Zurückziehen" unless recalled).
    public required DeliveryConfirm? Confirm { get; init; }
}

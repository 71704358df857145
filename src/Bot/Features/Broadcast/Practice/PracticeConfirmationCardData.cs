using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Broadcast.Practice;

/// The data of cards/broadcast-practice-confirmation.json: what the submitter sees in place of the form once the
/// submission (or its new round) is stored.
internal sealed record PracticeConfirmationCardData : ICardData<PracticeConfirmationCardData>
{
    public static string CardName => "broadcast-practice-confirmation";
    public static JsonTypeInfo<PracticeConfirmationCardData> JsonType => PracticeCardJsonContext.Cards.PracticeConfirmationCardData;

    public required string Id { get; init; }
    public required string Title { get; init; }

    /// TT.MM.JJJJ HH:mm, Europe/Berlin.
    public required string Submitted { get; init; }
}

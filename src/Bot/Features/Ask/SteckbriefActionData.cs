using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Ask;

/// "Steckbrief anzeigen" on the answer, services and news cards.
internal sealed record SteckbriefActionData : CardActionData, ICardAction<SteckbriefActionData>
{
    public static string Verb => "ask.steckbrief";
    public static JsonTypeInfo<SteckbriefActionData> JsonType => AskCardJsonContext.Cards.SteckbriefActionData;

    public required string ServiceId { get; init; }
}

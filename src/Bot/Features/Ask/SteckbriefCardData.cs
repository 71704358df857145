using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Ask;

/// The data of cards/steckbrief.json.
internal sealed record SteckbriefCardData : ICardData<SteckbriefCardData>
{
    public static string CardName => "steckbrief";
    public static JsonTypeInfo<SteckbriefCardData> JsonType => AskCardJsonContext.Cards.SteckbriefCardData;

    public required string ServiceId { get; init; }
    public required string Name { get; init; }
    public required string Description { get; init; }
    public required IReadOnlyList<CardFact> Facts { get; init; }
    public required IReadOnlyList<SteckbriefSection> Sections { get; init; }
    public required IReadOnlyList<SteckbriefContact> Contacts { get; init; }
    public required IReadOnlyList<SteckbriefLink> Links { get; init; }
    public required IReadOnlyList<CardSource> Sources { get; init; }
    public required string Stand { get; init; }

    /// Sample content shipped with the bot, marked as such on the card.
    public required bool Sample { get; init; }
}

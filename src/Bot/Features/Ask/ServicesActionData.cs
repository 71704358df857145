using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Ask;

/// A Themenfeld or a page of cards/services.json; without a Themenfeld the overview.
internal sealed record ServicesActionData : CardActionData, ICardAction<ServicesActionData>
{
    public static string Verb => "ask.services";
    public static JsonTypeInfo<ServicesActionData> JsonType => AskCardJsonContext.Cards.ServicesActionData;

    public string? Themenfeld { get; init; }
    public required int Page { get; init; }
}

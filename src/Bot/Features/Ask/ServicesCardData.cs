using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Ask;

/// The data of cards/services.json: the Themenfelder, or one page of the services of <see cref="Themenfeld"/>.
internal sealed record ServicesCardData : ICardData<ServicesCardData>
{
    public static string CardName => "services";
    public static JsonTypeInfo<ServicesCardData> JsonType => AskCardJsonContext.Cards.ServicesCardData;

    public required string? Themenfeld { get; init; }
    public required IReadOnlyList<ThemenfeldButton> Themenfelder { get; init; }
    public required IReadOnlyList<ServiceLine> Services { get; init; }
    public required int Page { get; init; }
    public required int PageCount { get; init; }
    public required bool HasPrevious { get; init; }
    public required bool HasNext { get; init; }
    public required int PreviousPage { get; init; }
    public required int NextPage { get; init; }
}

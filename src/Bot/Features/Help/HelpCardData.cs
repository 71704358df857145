using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Help;

/// The data of cards/help.json: none besides the texts.
internal sealed record HelpCardData : ICardData<HelpCardData>
{
    public static string CardName => "help";
    public static JsonTypeInfo<HelpCardData> JsonType => HelpCardJsonContext.Cards.HelpCardData;
}

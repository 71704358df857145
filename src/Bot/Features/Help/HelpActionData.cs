using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Help;

/// A "Hilfe" button: no data besides the verb.
internal sealed record HelpActionData : CardActionData, ICardAction<HelpActionData>
{
    public static string Verb => "help.show";
    public static JsonTypeInfo<HelpActionData> JsonType => HelpCardJsonContext.Cards.HelpActionData;
}

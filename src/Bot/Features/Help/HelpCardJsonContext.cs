using System.Text.Json.Serialization;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Help;

/// Help's card data and action payloads, with the cards' options (<see cref="CardJson"/>).
[JsonSerializable(typeof(HelpCardData))]
[JsonSerializable(typeof(WelcomeCardData))]
[JsonSerializable(typeof(HelpActionData))]
internal sealed partial class HelpCardJsonContext : JsonSerializerContext
{
    public static HelpCardJsonContext Cards { get; } = new(CardJson.Options());
}

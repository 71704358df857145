using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Help;

/// The data of cards/welcome.json.
internal sealed record WelcomeCardData : ICardData<WelcomeCardData>
{
    public static string CardName => "welcome";
    public static JsonTypeInfo<WelcomeCardData> JsonType => HelpCardJsonContext.Cards.WelcomeCardData;

    /// The user's own name in a 1:1 chat; null in a channel, where the welcome addresses everyone.
    public required string? UserName { get; init; }

    /// Example questions, each a button that sends it.
    public required IReadOnlyList<string> Examples { get; init; }
}

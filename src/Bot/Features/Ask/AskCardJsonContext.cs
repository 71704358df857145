using System.Text.Json.Serialization;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Ask;

/// Ask's card data and action payloads, with the cards' options (<see cref="CardJson"/>).
[JsonSerializable(typeof(AnswerCardData))]
[JsonSerializable(typeof(NoAnswerCardData))]
[JsonSerializable(typeof(SteckbriefCardData))]
[JsonSerializable(typeof(ServicesCardData))]
[JsonSerializable(typeof(NewsCardData))]
[JsonSerializable(typeof(FeedbackActionData))]
[JsonSerializable(typeof(SteckbriefActionData))]
[JsonSerializable(typeof(DidYouMeanActionData))]
[JsonSerializable(typeof(ServicesActionData))]
internal sealed partial class AskCardJsonContext : JsonSerializerContext
{
    public static AskCardJsonContext Cards { get; } = new(CardJson.Options());
}

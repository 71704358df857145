using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Ask;

/// "Meinten Sie …?": the question <see cref="QuestionId"/> asked again for the service the user chose.
internal sealed record DidYouMeanActionData : CardActionData, ICardAction<DidYouMeanActionData>
{
    public static string Verb => "ask.didyoumean";
    public static JsonTypeInfo<DidYouMeanActionData> JsonType => AskCardJsonContext.Cards.DidYouMeanActionData;

    public required string QuestionId { get; init; }
    public required string ServiceId { get; init; }
}

using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Ask;

/// "Beratung anfragen" on the answer and no-answer cards (with the question) and the Steckbrief card (without).
internal sealed record ConsultActionData : CardActionData, ICardAction<ConsultActionData>
{
    public static string Verb => "ask.consult";
    public static JsonTypeInfo<ConsultActionData> JsonType => AskCardJsonContext.Cards.ConsultActionData;

    public string? QuestionId { get; init; }
}

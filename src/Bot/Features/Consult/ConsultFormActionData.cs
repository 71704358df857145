using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Consult;

/// "Beratung anfragen": opens the request form. On Ask's answer and no-answer cards it carries the fields of
/// <see cref="ConsultFormButton"/>; the Steckbrief card sends it empty.
internal sealed record ConsultFormActionData : CardActionData, ICardAction<ConsultFormActionData>
{
    public static string Verb => "consult.form";
    public static JsonTypeInfo<ConsultFormActionData> JsonType => ConsultIntakeCardJsonContext.Cards.ConsultFormActionData;

    public string? Question { get; init; }
    public string? AnswerSeen { get; init; }
}

using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Consult;

/// "Anfrage senden" on cards/consult-form.json: the form's inputs (Teams sends every input as text) and the question
/// and answer the form was opened with. Checked by <see cref="IntakeForm.Validate"/>; nothing is stored before.
internal sealed record ConsultSubmitActionData : CardActionData, ICardAction<ConsultSubmitActionData>
{
    public static string Verb => "consult.submit";
    public static JsonTypeInfo<ConsultSubmitActionData> JsonType => ConsultIntakeCardJsonContext.Cards.ConsultSubmitActionData;

    public string? Question { get; init; }
    public string? AnswerSeen { get; init; }
    public string? Topic { get; init; }
    public string? Organisation { get; init; }
    public string? Region { get; init; }
    public string? Description { get; init; }
    public string? Urgency { get; init; }
    public string? Contact { get; init; }

    /// The consent toggle: "true" when ticked (its valueOn), "false" otherwise.
    public string? Consent { get; init; }
}

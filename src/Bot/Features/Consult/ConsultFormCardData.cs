using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Consult;

/// The data of cards/consult-form.json: the request form, empty, pre-filled, or returned with the clerk's input and an
/// error next to each field that is not valid yet (<see cref="IntakeForm"/>).
internal sealed record ConsultFormCardData : ICardData<ConsultFormCardData>
{
    public static string CardName => "consult-form";
    public static JsonTypeInfo<ConsultFormCardData> JsonType => ConsultIntakeCardJsonContext.Cards.ConsultFormCardData;

    /// Consult:Topics (or the defaults), in their order.
    public required IReadOnlyList<string> Topics { get; init; }

    public required string Topic { get; init; }
    public required string Organisation { get; init; }
    public required string Region { get; init; }
    public required string Description { get; init; }

    /// <see cref="ConsultUrgency"/> by name: the value of the urgency choice.
    public required string Urgency { get; init; }

    public required string Contact { get; init; }
    public required bool Consent { get; init; }

    /// The question and the answer the clerk saw, when the form was opened from an answer card: shown, and sent back.
    public required string? Question { get; init; }
    public required string? AnswerSeen { get; init; }

    /// "Mindestens 30, höchstens 4000 Zeichen" with Consult:MinDescriptionLength and MaxDescriptionLength.
    public required string DescriptionHint { get; init; }
    public required int MaxDescriptionLength { get; init; }
    public required string PrivacyNoteUrl { get; init; }

    public required bool HasErrors { get; init; }
    public required string? TopicError { get; init; }
    public required string? OrganisationError { get; init; }
    public required string? RegionError { get; init; }
    public required string? DescriptionError { get; init; }
    public required string? UrgencyError { get; init; }
    public required string? ContactError { get; init; }
    public required string? ConsentError { get; init; }
}

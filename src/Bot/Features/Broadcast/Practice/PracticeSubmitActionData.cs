using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Broadcast.Practice;

/// "Einreichen" on cards/broadcast-practice-form.json: the form's inputs (Teams sends every input as text; a
/// multi-select as comma-separated values) and the id of the submission a revision belongs to. Checked by
/// <see cref="PracticeForm.Check"/>; nothing is stored before.
internal sealed record PracticeSubmitActionData : CardActionData, ICardAction<PracticeSubmitActionData>
{
    public static string Verb => "broadcast.practice.submit";
    public static JsonTypeInfo<PracticeSubmitActionData> JsonType => PracticeCardJsonContext.Cards.PracticeSubmitActionData;

    public string? Id { get; init; }
    public string? Title { get; init; }
    public string? Organisation { get; init; }
    public string? Summary { get; init; }
    public string? Topics { get; init; }
    public string? Region { get; init; }
    public string? Contact { get; init; }
    public string? Links { get; init; }

    /// The consent toggle: "true" when ticked (its valueOn), "false" otherwise.
    public string? Consent { get; init; }
}

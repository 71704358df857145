using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Broadcast.Practice;

/// The data of cards/broadcast-practice-form.json: the submission form, empty, returned with the input kept and an
/// error next to each field that is not valid yet, or pre-filled for a revision with the editor's note
/// (<see cref="PracticeForm"/>).
internal sealed record PracticeFormCardData : ICardData<PracticeFormCardData>
{
    public static string CardName => "broadcast-practice-form";
    public static JsonTypeInfo<PracticeFormCardData> JsonType => PracticeCardJsonContext.Cards.PracticeFormCardData;

    /// Null for a new submission; the submission's id for a revision (sent back with the form).
    public required string? Id { get; init; }

    /// What the editor asked to change, shown above a revision's fields.
    public required string? RevisionNote { get; init; }

    /// The knowledge base's Themenfelder.
    public required IReadOnlyList<string> TopicChoices { get; init; }

    /// Every Land and Regierungsbezirk (<see cref="Regions.All"/>), after "alle".
    public required IReadOnlyList<string> RegionChoices { get; init; }

    public required string Title { get; init; }
    public required string Organisation { get; init; }
    public required string Summary { get; init; }

    /// The chosen Themenfelder joined by commas: the value of a multi-select choice set.
    public required string Topics { get; init; }

    /// "alle" or a region of <see cref="RegionChoices"/>.
    public required string Region { get; init; }

    public required string Contact { get; init; }

    /// One link per line.
    public required string Links { get; init; }

    public required bool Consent { get; init; }

    /// "Mindestens 80, höchstens 2000 Zeichen".
    public required string SummaryHint { get; init; }

    public required bool HasErrors { get; init; }
    public required string? TitleError { get; init; }
    public required string? OrganisationError { get; init; }
    public required string? SummaryError { get; init; }
    public required string? TopicsError { get; init; }
    public required string? RegionError { get; init; }
    public required string? ContactError { get; init; }
    public required string? LinksError { get; init; }
    public required string? ConsentError { get; init; }
}

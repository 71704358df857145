using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Consult;

/// The data of cards/consult-advisor.json: a consulting request as the advisors see it in their channel.
/// <see cref="Actions"/> is null on the copy everyone sees; a pool member gets the buttons through the card's refresh.
internal sealed record AdvisorCardData : ICardData<AdvisorCardData>
{
    public static string CardName => "consult-advisor";
    public static JsonTypeInfo<AdvisorCardData> JsonType => ConsultAdvisorCardJsonContext.Cards.AdvisorCardData;

    public required string RequestId { get; init; }

    /// The status by name (`Neu`, `Geloest`, …) for the template's `$when`; <see cref="StatusLabel"/> is what users read.
    public required ConsultStatus Status { get; init; }
    public required string StatusLabel { get; init; }
    public required bool Urgent { get; init; }
    public required string UrgencyLabel { get; init; }
    public required string Topic { get; init; }

    /// Organisation, with the region in brackets when there is one.
    public required string Organisation { get; init; }
    public required string RequesterName { get; init; }
    public required string Text { get; init; }
    public required string? PreferredContact { get; init; }
    public required string? Question { get; init; }
    public required string? AnswerSeen { get; init; }
    public required string? AssigneeName { get; init; }

    /// TT.MM.JJJJ HH:mm, Europe/Berlin; null once the request was taken or closed (nothing is due then).
    public required string? SlaDue { get; init; }
    public required string Created { get; init; }
    public required string? Resolution { get; init; }

    /// The newest history entries, oldest of them first; <see cref="OlderHistory"/> counts those left out.
    public required IReadOnlyList<AdvisorHistoryLine> History { get; init; }
    public required int OlderHistory { get; init; }

    /// The pool members' Teams user ids whose Teams fetches the card with their buttons (at most 60).
    public required IReadOnlyList<string> RefreshUserIds { get; init; }

    /// True when not every member is in <see cref="RefreshUserIds"/>: an "Aktualisieren" button brings the buttons.
    public required bool ManualRefresh { get; init; }
    public required AdvisorCardActions? Actions { get; init; }
}

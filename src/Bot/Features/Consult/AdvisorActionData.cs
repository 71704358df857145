using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Consult;

/// What every button of the advisors' card sends: the request id, and (Teams merges every input of the card into an
/// Action.Execute's data) whatever the card's inputs hold. Each verb has its own sealed record below this one.
internal abstract record AdvisorActionData : CardActionData
{
    public required string RequestId { get; init; }

    /// "Zuweisen an …": the colleague's Entra object id.
    public string? Assignee { get; init; }

    /// "Antworten": the answer to the clerk.
    public string? Answer { get; init; }

    /// "Status ändern": `InBearbeitung` or `WartetAufRueckmeldung`.
    public string? Status { get; init; }

    /// "Schließen": the resolution note.
    public string? Resolution { get; init; }
}

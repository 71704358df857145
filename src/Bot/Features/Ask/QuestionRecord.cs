using System.Text.Json.Nodes;

namespace KommunalBot.Bot.Features.Ask;

/// One question as editors need it: no user, only the tenant (DSGVO: data minimisation).
internal sealed record QuestionRecord
{
    public required string Id { get; init; }
    public required string TenantId { get; init; }
    public required string Question { get; init; }
    public required string Facet { get; init; }
    public required double Confidence { get; init; }
    public string? ServiceId { get; init; }
    public required bool Answered { get; init; }
    public required DateTimeOffset AskedUtc { get; init; }

    /// The question answered again for a service the user chose ("Meinten Sie …?"): the original record already
    /// counts it, so it is no new question for the knowledge-gap list.
    public bool Chosen { get; init; }

    /// null, "helpful" or "unhelpful".
    public string? Feedback { get; init; }
    public string? FeedbackReason { get; init; }

    /// The card data the answer was rendered from, to re-render it (feedback, "Meinten Sie").
    public required JsonObject CardData { get; init; }
    public required string CardName { get; init; }
    public string? Locale { get; init; }
}

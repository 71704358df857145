using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Consult;

/// "Als FAQ-Entwurf vorschlagen" on the advisors' card of a closed request (issue 12, "From advice to knowledge"):
/// verb `consult.draft`, data `{"requestId": "BK-2026-0042"}` (Action.Execute; an Action.Submit fallback adds
/// `"verb": "consult.draft"`). Handled by <see cref="DraftHandlers"/>: a member of the request's pool turns its
/// resolution into a FAQ draft for the editors; the invoke response is a message saying so (or why not).
internal sealed record ConsultDraftActionData : CardActionData, ICardAction<ConsultDraftActionData>
{
    public static string Verb => "consult.draft";
    public static JsonTypeInfo<ConsultDraftActionData> JsonType => ConsultRelayCardJsonContext.Cards.ConsultDraftActionData;

    public required string RequestId { get; init; }
}

using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Consult;

/// The data of cards/consult-reply-choice.json: the clerk wrote <see cref="Text"/> while several of their requests
/// wait for feedback; one button per request sends it there. <see cref="SentTo"/> (set after a press) shows where it went.
internal sealed record RelayChoiceCardData : ICardData<RelayChoiceCardData>
{
    public static string CardName => "consult-reply-choice";
    public static JsonTypeInfo<RelayChoiceCardData> JsonType => ConsultRelayCardJsonContext.Cards.RelayChoiceCardData;

    public required string Text { get; init; }
    public required IReadOnlyList<RelayChoiceItem> Requests { get; init; }
    public required string? SentTo { get; init; }
}

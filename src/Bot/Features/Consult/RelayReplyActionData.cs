using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Consult;

/// A button of cards/consult-reply-choice.json: send <see cref="Text"/> as the clerk's reply to <see cref="RequestId"/>.
internal sealed record RelayReplyActionData : CardActionData, ICardAction<RelayReplyActionData>
{
    public static string Verb => "consult.reply";
    public static JsonTypeInfo<RelayReplyActionData> JsonType => ConsultRelayCardJsonContext.Cards.RelayReplyActionData;

    public required string RequestId { get; init; }
    public required string Text { get; init; }
}

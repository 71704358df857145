using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Broadcast;

/// "Abbrechen" on cards/broadcast-preview.json: nothing is sent.
internal sealed record BroadcastCancelActionData : CardActionData, ICardAction<BroadcastCancelActionData>
{
    public static string Verb => "broadcast.cancel";
    public static JsonTypeInfo<BroadcastCancelActionData> JsonType => BroadcastCardJsonContext.Cards.BroadcastCancelActionData;

    public required string Id { get; init; }
}

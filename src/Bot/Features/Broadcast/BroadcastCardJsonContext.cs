using System.Text.Json.Serialization;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Broadcast;

/// Broadcast's card data and action payloads, with the cards' options (<see cref="CardJson"/>). Parts of Broadcast add
/// their own types here.
[JsonSerializable(typeof(BroadcastPreviewCardData))]
[JsonSerializable(typeof(BroadcastCancelActionData))]
internal sealed partial class BroadcastCardJsonContext : JsonSerializerContext
{
    public static BroadcastCardJsonContext Cards { get; } = new(CardJson.Options());
}

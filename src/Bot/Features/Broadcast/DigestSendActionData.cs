using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Broadcast;

/// "Senden" on the preview of `digest`: <see cref="Id"/> is the preview's instant (`now-yyyyMMddHHmmss`, UTC); the
/// digests hold what was published up to it, so a second press (or a replay) finds nothing new and sends nothing.
internal sealed record DigestSendActionData : CardActionData, ICardAction<DigestSendActionData>
{
    public static string Verb => "broadcast.digest.send";
    public static JsonTypeInfo<DigestSendActionData> JsonType => SubscriptionCardJsonContext.Cards.DigestSendActionData;

    public required string Id { get; init; }
}

using System.Text.Json.Serialization;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Access;

/// Access's card data, with the cards' options (<see cref="CardJson"/>).
[JsonSerializable(typeof(TenantRefusalCardData))]
internal sealed partial class AccessCardJsonContext : JsonSerializerContext
{
    public static AccessCardJsonContext Cards { get; } = new(CardJson.Options());
}

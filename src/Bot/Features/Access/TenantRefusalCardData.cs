using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Access;

/// The data of cards/tenant-refusal.json.
internal sealed record TenantRefusalCardData : ICardData<TenantRefusalCardData>
{
    public static string CardName => "tenant-refusal";
    public static JsonTypeInfo<TenantRefusalCardData> JsonType => AccessCardJsonContext.Cards.TenantRefusalCardData;

    /// Shown so the user can quote it when asking for access.
    public required string? TenantId { get; init; }

    public required string ContactUrl { get; init; }
}

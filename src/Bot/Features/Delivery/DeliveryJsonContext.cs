using System.Text.Json;
using System.Text.Json.Serialization;

namespace KommunalBot.Bot.Features.Delivery;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(DeliveryRecord))]
[JsonSerializable(typeof(StoredContent))]
[JsonSerializable(typeof(OpenContent))]
[JsonSerializable(typeof(DeliveryPersonEntry))]
internal sealed partial class DeliveryJsonContext : JsonSerializerContext;

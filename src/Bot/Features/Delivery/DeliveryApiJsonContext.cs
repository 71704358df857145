using System.Text.Json;
using System.Text.Json.Serialization;

namespace KommunalBot.Bot.Features.Delivery;

/// The admin API's bodies (`/admin/deliveries`): camelCase, enums by name, nulls left out.
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(DeliveryReport))]
[JsonSerializable(typeof(IReadOnlyList<DeliveryReport>))]
[JsonSerializable(typeof(RecallRequest))]
[JsonSerializable(typeof(RecallAccepted))]
internal sealed partial class DeliveryApiJsonContext : JsonSerializerContext;

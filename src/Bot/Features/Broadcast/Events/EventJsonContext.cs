using System.Text.Json;
using System.Text.Json.Serialization;

namespace KommunalBot.Bot.Features.Broadcast.Events;

/// The stored events (enums as text, STYLE 9).
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(BroadcastEvent))]
internal sealed partial class EventJsonContext : JsonSerializerContext;

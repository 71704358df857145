using System.Text.Json;
using System.Text.Json.Serialization;

namespace KommunalBot.Bot.Features.Broadcast.Events;

/// The events' admin API bodies (camelCase, enums as text).
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(EventRequest))]
[JsonSerializable(typeof(EventView))]
[JsonSerializable(typeof(IReadOnlyList<EventAttendee>))]
internal sealed partial class EventApiJsonContext : JsonSerializerContext;

using System.Text.Json;
using System.Text.Json.Serialization;

namespace KommunalBot.Bot.Features.Broadcast;

/// Broadcast's stored documents (enums as text, STYLE 9). Parts of Broadcast add their own types here.
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(Subscription))]
[JsonSerializable(typeof(DigestItem))]
internal sealed partial class BroadcastJsonContext : JsonSerializerContext;

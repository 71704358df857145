using System.Text.Json;
using System.Text.Json.Serialization;

namespace KommunalBot.Bot.Features.Consult;

/// How pool-channel bindings are stored.
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(PoolChannelBinding))]
internal sealed partial class PoolChannelJsonContext : JsonSerializerContext;

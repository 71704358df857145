using System.Text.Json;
using System.Text.Json.Serialization;

namespace KommunalBot.Bot.Features.Consult;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(ConsultRequest))]
[JsonSerializable(typeof(ConsultCounter))]
[JsonSerializable(typeof(ConsultIndexEntry))]
internal sealed partial class ConsultJsonContext : JsonSerializerContext;

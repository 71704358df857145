using System.Text.Json;
using System.Text.Json.Serialization;

namespace KommunalBot.Bot.Features.Consult;

/// Relay's stored documents (FAQ drafts) and the mention entity it sends.
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(DraftFaq))]
[JsonSerializable(typeof(List<DraftFaq>))]
[JsonSerializable(typeof(RelayMention))]
internal sealed partial class RelayJsonContext : JsonSerializerContext;

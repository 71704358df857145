using System.Text.Json;
using System.Text.Json.Serialization;

namespace KommunalBot.Bot.Features.Knowledge;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(PublishedArticle))]
[JsonSerializable(typeof(PublishedVersion))]
internal sealed partial class KnowledgeJsonContext : JsonSerializerContext;

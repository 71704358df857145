using System.Text.Json;
using System.Text.Json.Serialization;

namespace KommunalBot.Bot.Features.Ask;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ContextEntry))]
[JsonSerializable(typeof(QuestionRecord))]
[JsonSerializable(typeof(Asker))]
[JsonSerializable(typeof(PersonQuestion))]
[JsonSerializable(typeof(KnowledgeGap))]
[JsonSerializable(typeof(List<KnowledgeGap>))]
internal sealed partial class AskJsonContext : JsonSerializerContext;

using System.Text.Json;
using System.Text.Json.Serialization;
using KommunalBot.Bot.Features.Knowledge;
using KommunalBot.Knowledge.Content;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KommunalBot.Bot.Features.Ask;

/// What editors should source next: facts of the loaded knowledge base whose source is missing or unclear,
/// with file, line and field (rule: knowledge/README.md, "Facts without a source"). Follows the knowledge
/// folder as it changes, like every answer.
internal static partial class UnsourcedFacts
{
    public static JsonHttpResult<IReadOnlyList<UnsourcedFact>> List(KnowledgeHost host) =>
        TypedResults.Json(host.Knowledge.UnsourcedFacts(), Json.Default.IReadOnlyListUnsourcedFact);

    [JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonSerializable(typeof(IReadOnlyList<UnsourcedFact>))]
    private sealed partial class Json : JsonSerializerContext;
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace KommunalBot.Bot.Features.Broadcast.Practice;

/// Stored submissions and the admin API's bodies (enums as text, STYLE 9).
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(Submission))]
[JsonSerializable(typeof(List<Submission>))]
[JsonSerializable(typeof(SubmissionCounter))]
[JsonSerializable(typeof(SubmissionDecision))]
[JsonSerializable(typeof(EditorChannelBinding))]
[JsonSerializable(typeof(PracticeDecisionRequest))]
internal sealed partial class PracticeJsonContext : JsonSerializerContext;

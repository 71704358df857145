using System.Text.Json;
using System.Text.Json.Serialization;

namespace KommunalBot.Knowledge.Evaluation;

/// <summary>One line of the evaluation set: {"q":"...","expected":"doc id","facet":"Fachverfahren|..."}.</summary>
internal sealed record EvaluationQuestion(
    [property: JsonPropertyName("q")] string Question,
    [property: JsonPropertyName("expected")] string Expected,
    [property: JsonPropertyName("facet")] string? Facet)
{
    public static List<EvaluationQuestion> ReadFile(string path)
    {
        var questions = new List<EvaluationQuestion>();
        var line = 0;
        foreach (var text in File.ReadLines(path))
        {
            line++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var question = JsonSerializer.Deserialize<EvaluationQuestion>(text)
                ?? throw new InvalidDataException($"{path}:{line}: empty question");
            questions.Add(question);
        }

        return questions;
    }
}

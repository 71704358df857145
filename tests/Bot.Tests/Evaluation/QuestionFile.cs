using System.Text.Json;

namespace KommunalBot.Bot.Tests.Evaluation;

/// Reads a question file (one JSON object a line) and refuses it whole, with file and line, when a question
/// could not be graded as written: a wrong kind, a broken regex, an answerable question with nothing to check.
internal static class QuestionFile
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { RespectNullableAnnotations = true };

    public static IReadOnlyList<EvaluationQuestion> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Question file {path} not found (eval/test.jsonl and eval/tune.jsonl live at the repository root).", path);
        }

        return Parse(File.ReadLines(path), path);
    }

    /// <param name="source">Names the file in problems.</param>
    public static IReadOnlyList<EvaluationQuestion> Parse(IEnumerable<string> lines, string source)
    {
        var questions = new List<EvaluationQuestion>();
        var problems = new List<string>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            EvaluationQuestion question;
            try
            {
                question = JsonSerializer.Deserialize<EvaluationQuestion>(line, Options)
                    ?? throw new JsonException("null instead of a question");
            }
            catch (JsonException e)
            {
                problems.Add($"{source}:{number}: {e.Message}");
                continue;
            }

            problems.AddRange(Problems(question, ids).Select(problem => $"{source}:{number}: {question.Id}: {problem}"));
            questions.Add(question);
        }

        if (problems.Count > 0)
        {
            throw new InvalidDataException(string.Join(Environment.NewLine, problems));
        }

        return questions;
    }

    private static IEnumerable<string> Problems(EvaluationQuestion question, HashSet<string> ids)
    {
        if (!ids.Add(question.Id))
        {
            yield return "duplicate id";
        }

        if (string.IsNullOrWhiteSpace(question.Question))
        {
            yield return "empty question";
        }

        if (!EvaluationQuestion.Kinds.Contains(question.Kind))
        {
            yield return $"kind \"{question.Kind}\" is not one of {string.Join(", ", EvaluationQuestion.Kinds)}";
        }

        if (question.Answerable && question.Facts.Count == 0 && question.Expected is null)
        {
            yield return "answerable, but neither facts nor an expected document to grade the answer by";
        }

        if (!question.Answerable && (question.Facts.Count > 0 || question.Expected is not null))
        {
            yield return "unanswerable, but with facts or an expected document that would never be graded";
        }

        foreach (var fact in question.Facts)
        {
            string? error = null;
            try
            {
                FactGrading.Pattern(fact);
            }
            catch (ArgumentException e)
            {
                error = $"fact /{fact}/ is no valid .NET regex: {e.Message}";
            }

            if (error is not null)
            {
                yield return error;
            }
        }
    }
}

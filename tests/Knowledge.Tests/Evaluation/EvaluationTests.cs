using KommunalBot.Knowledge.Content;
using KommunalBot.Knowledge.Evaluation;

namespace KommunalBot.Knowledge.Tests.Evaluation;

/// <summary>
/// Runs the real knowledge base (knowledge/) against the evaluation questions
/// (tests/Knowledge.Tests/Evaluation/questions.jsonl). Floors are the measured values minus a small margin
/// (measured 2026-11-21 on 242 questions: recall@1 0.963, recall@3 0.988, MRR 0.978, facet accuracy 0.934;
/// floors = measured − 0.02, rounded down).
/// </summary>
public sealed class EvaluationTests
{
    internal static string RepositoryRoot()
    {
        // KNOWLEDGE_REPO_ROOT lets a developer point at another checkout; normally the folder holding KommunalBot.sln.
        var overridden = Environment.GetEnvironmentVariable("KNOWLEDGE_REPO_ROOT");
        if (!string.IsNullOrEmpty(overridden))
        {
            return overridden;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KommunalBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("KommunalBot.sln not found above " + AppContext.BaseDirectory);
    }

    private static (LoadResult Load, List<EvaluationQuestion> Questions) RealContent()
    {
        var root = RepositoryRoot();
        var questions = Path.Combine(root, "tests", "Knowledge.Tests", "Evaluation", "questions.jsonl");
        Assert.True(File.Exists(questions), "evaluation questions missing: " + questions);
        return (KnowledgeLoader.Load(Path.Combine(root, "knowledge"), LoadMode.Strict), EvaluationQuestion.ReadFile(questions));
    }

    [Fact]
    public void RealKnowledge_LoadsStrictlyWithoutProblems()
    {
        var (load, _) = RealContent();

        Assert.True(load.Succeeded, string.Join("\n", load.Problems));
        Assert.Contains(load.Documents, d => d.Type == DocumentType.Steckbrief);
        Assert.Contains(load.Documents, d => d.Type == DocumentType.OzgLeistung);
    }

    [Fact]
    public void RealQuestions_ExpectedIdsExist()
    {
        var (load, questions) = RealContent();
        var ids = load.Documents.Select(d => d.Id).ToHashSet();

        Assert.Empty(questions.Where(q => !ids.Contains(q.Expected)).Select(q => q.Expected));
    }

    [Fact]
    public void RealQuestions_MeetRetrievalAndFacetFloors()
    {
        var (load, questions) = RealContent();
        var knowledgeBase = KnowledgeBase.Create(load);

        var result = Evaluator.Run(questions, q =>
        {
            var answer = knowledgeBase.Answer(q.Question);
            return (answer.Hits.Select(h => h.Document.Id).ToList(), answer.Facet.ToString());
        });

        var report = string.Join("\n", result.Misses);
        Assert.True(result.Count >= 50, $"only {result.Count} questions");
        Assert.True(result.RecallAt3 >= 0.968, $"recall@3 {result.RecallAt3:F3}\n{report}");
        Assert.True(result.RecallAt1 >= 0.943, $"recall@1 {result.RecallAt1:F3}\n{report}");
        Assert.True(result.Mrr >= 0.958, $"MRR {result.Mrr:F3}\n{report}");
        Assert.True(result.FacetAccuracy >= 0.91, $"facet accuracy {result.FacetAccuracy:F3}\n{report}");
    }
}

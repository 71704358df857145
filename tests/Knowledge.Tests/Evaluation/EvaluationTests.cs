using KommunalBot.Knowledge.Content;
using KommunalBot.Knowledge.Evaluation;

namespace KommunalBot.Knowledge.Tests.Evaluation;

/// <summary>
/// Checks the real knowledge base (knowledge/) and the document-level questions
/// (tests/Knowledge.Tests/Evaluation/questions.jsonl). Those questions were written beside the content and the
/// ranking was tuned on them, so they are tuning material only (`Knowledge.Bench eval`): no floor comes from
/// them. The floors of Ask come from the held-out split eval/test.jsonl (tests/Bot.Tests/Evaluation).
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
}

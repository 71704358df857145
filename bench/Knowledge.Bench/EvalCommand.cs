using KommunalBot.Knowledge;
using KommunalBot.Knowledge.Content;
using KommunalBot.Knowledge.Evaluation;

namespace KommunalBot.Knowledge.Bench;

/// <summary>Recall@1/3, MRR and facet accuracy of our engine and of an SQLite FTS5 baseline on the same content.</summary>
internal static class EvalCommand
{
    public static int Run(string knowledgeDir, string questionsFile, bool verbose)
    {
        var load = KnowledgeLoader.Load(knowledgeDir, LoadMode.Lenient);
        foreach (var problem in load.Problems)
        {
            Console.Error.WriteLine("warning: " + problem);
        }

        var questions = EvaluationQuestion.ReadFile(questionsFile);
        var knowledgeBase = KnowledgeBase.Create(load);
        Console.WriteLine($"documents: {load.Documents.Count} (catalogue rows without LeiKa key skipped: {load.SkippedCatalogRows}), questions: {questions.Count}");

        var engine = Evaluator.Run(questions, q =>
        {
            var answer = knowledgeBase.Answer(q.Question);
            return (answer.Hits.Select(h => h.Document.Id).ToList(), answer.Facet.ToString());
        });
        using var baseline = new Fts5Baseline(load.Documents);
        var fts = Evaluator.Run(questions, q => (baseline.Search(q.Question, 10), null));

        Console.WriteLine();
        Console.WriteLine("system      recall@1  recall@3  MRR@10  facet-accuracy");
        Print("engine", engine);
        Print("fts5", fts);
        Console.WriteLine($"recall@3 difference: {(engine.RecallAt3 - fts.RecallAt3) * 100:F1} points");
        if (verbose)
        {
            foreach (var miss in engine.Misses)
            {
                Console.WriteLine("miss: " + miss);
            }
        }

        return 0;
    }

    private static void Print(string name, EvaluationResult r) =>
        Console.WriteLine($"{name,-10}  {r.RecallAt1,8:F3}  {r.RecallAt3,8:F3}  {r.Mrr,6:F3}  {(r.FacetAccuracy is { } f ? f.ToString("F3") : "n/a"),14}");
}

using KommunalBot.Knowledge;
using KommunalBot.Knowledge.Content;
using KommunalBot.Knowledge.Evaluation;

namespace KommunalBot.Knowledge.Bench;

/// <summary>Recall@1/3, MRR and facet accuracy of our engine and of an SQLite FTS5 baseline on the same content.</summary>
internal static class EvalCommand
{
    public static int Run(string knowledgeDir, string questionsFile, bool verbose)
    {
        if (!File.Exists(questionsFile) || !Directory.Exists(knowledgeDir))
        {
            Console.Error.WriteLine($"not found: {(File.Exists(questionsFile) ? knowledgeDir : questionsFile)} (run from the repository root or pass --knowledge/--questions)");
            return 1;
        }

        var load = KnowledgeLoader.Load(knowledgeDir, LoadMode.Lenient);
        foreach (var problem in load.Problems)
        {
            Console.Error.WriteLine("warning: " + problem);
        }

        var questions = EvaluationQuestion.ReadFile(questionsFile);
        var knowledgeBase = KnowledgeBase.Create(load);
        Console.WriteLine($"documents: {load.Documents.Count} (catalogue rows without LeiKa key skipped: {load.SkippedCatalogRows}), questions: {questions.Count}");

        var confidences = new List<(double Confidence, bool Correct)>();
        var engine = Evaluator.Run(questions, q =>
        {
            var answer = knowledgeBase.Answer(q.Question);
            confidences.Add((answer.Confidence, answer.Hits.Count > 0 && answer.Hits[0].Document.Id == q.Expected));
            return (answer.Hits.Select(h => h.Document.Id).ToList(), answer.Facet.ToString());
        });
        using var baseline = new Fts5Baseline(load.Documents);
        var fts = Evaluator.Run(questions, q => (baseline.Search(q.Question, 10), null));

        Console.WriteLine();
        Console.WriteLine("system      recall@1  recall@3  MRR@10  facet-accuracy");
        Print("engine", engine);
        Print("fts5", fts);
        Console.WriteLine($"recall@3 difference: {(engine.RecallAt3 - fts.RecallAt3) * 100:F1} points");
        PrintConfidence(confidences);
        if (verbose)
        {
            foreach (var miss in engine.Misses)
            {
                Console.WriteLine("miss: " + miss);
            }
        }

        return 0;
    }

    // How well Answer.Confidence separates right from wrong top answers, for choosing the bot's threshold.
    private static void PrintConfidence(List<(double Confidence, bool Correct)> confidences)
    {
        var right = confidences.Where(c => c.Correct).Select(c => c.Confidence).DefaultIfEmpty(0).Average();
        var wrong = confidences.Where(c => !c.Correct).Select(c => c.Confidence).DefaultIfEmpty(0).Average();
        Console.WriteLine($"confidence: mean {right:F2} when the top hit is right, {wrong:F2} when wrong");
        foreach (var threshold in new[] { 0.3, 0.4, 0.5 })
        {
            var above = confidences.Where(c => c.Confidence >= threshold).ToList();
            var precision = above.Count == 0 ? 0 : (double)above.Count(c => c.Correct) / above.Count;
            Console.WriteLine($"  threshold {threshold:F1}: answers {above.Count}/{confidences.Count}, top hit right in {precision:P0}");
        }
    }

    private static void Print(string name, EvaluationResult r) =>
        Console.WriteLine($"{name,-10}  {r.RecallAt1,8:F3}  {r.RecallAt3,8:F3}  {r.Mrr,6:F3}  {(r.FacetAccuracy is { } f ? f.ToString("F3") : "n/a"),14}");
}

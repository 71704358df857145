using KommunalBot.Knowledge.Answers;
using KommunalBot.Knowledge.Content;

namespace KommunalBot.Knowledge.Bench;

/// <summary>Prints the structured answer to one question: for checking content and ranking by hand.</summary>
internal static class AskCommand
{
    public static int Run(string knowledgeDir, string question, string? previousServiceId)
    {
        var knowledgeBase = KnowledgeBase.Create(KnowledgeLoader.Load(knowledgeDir, LoadMode.Lenient));
        var answer = knowledgeBase.Answer(question, previousServiceId is null ? null : new AnswerContext(previousServiceId));
        Console.WriteLine($"facet: {answer.Facet}, confidence: {answer.Confidence:F2}, used context: {answer.UsedContext}");
        Console.WriteLine("services: " + string.Join(", ", answer.Services.Select(s => $"{s.Id} ({s.Score:F2})")));
        Console.WriteLine("did you mean: " + string.Join(", ", answer.DidYouMean.Select(s => s.Id)));
        foreach (var fact in answer.DirectFacts)
        {
            Console.WriteLine($"fact: {fact.Label}: {fact.Value}");
        }

        foreach (var hit in answer.Hits)
        {
            Console.WriteLine($"hit: {hit.Score,7:F3} {hit.Document.Id} | {hit.Snippet}");
        }

        foreach (var source in answer.Sources)
        {
            Console.WriteLine($"source: {source.Title} <{source.Url}> {source.Date}");
        }

        return 0;
    }
}

namespace KommunalBot.Knowledge.Evaluation;

/// <summary>Retrieval and facet metrics over a question set; misses list the questions not found at rank 1.</summary>
internal sealed record EvaluationResult(int Count, double RecallAt1, double RecallAt3, double Mrr, double? FacetAccuracy, IReadOnlyList<string> Misses);

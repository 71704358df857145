namespace KommunalBot.Knowledge.Evaluation;

/// <summary>Computes recall@1, recall@3, MRR@10 and facet accuracy for a ranking function.</summary>
internal static class Evaluator
{
    public static EvaluationResult Run(IReadOnlyList<EvaluationQuestion> questions, Func<EvaluationQuestion, (IReadOnlyList<string> RankedIds, string? Facet)> rank)
    {
        int at1 = 0, at3 = 0, facetRight = 0, facetAsked = 0;
        double reciprocal = 0;
        var misses = new List<string>();
        foreach (var q in questions)
        {
            var (ids, facet) = rank(q);
            var position = -1;
            for (var i = 0; i < ids.Count && i < 10; i++)
            {
                if (ids[i] == q.Expected)
                {
                    position = i;
                    break;
                }
            }

            at1 += position == 0 ? 1 : 0;
            at3 += position is >= 0 and < 3 ? 1 : 0;
            reciprocal += position >= 0 ? 1.0 / (position + 1) : 0;
            var facetOk = true;
            if (facet is not null && q.Facet is not null)
            {
                facetAsked++;
                facetOk = string.Equals(facet, q.Facet, StringComparison.OrdinalIgnoreCase);
                facetRight += facetOk ? 1 : 0;
            }

            if (position != 0 || !facetOk)
            {
                var top = string.Join(", ", ids.Take(3));
                misses.Add($"[{(position < 0 ? "-" : (position + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))}] {q.Question} -> expected {q.Expected}/{q.Facet}, got {top} / {facet}");
            }
        }

        var n = Math.Max(1, questions.Count);
        return new EvaluationResult(questions.Count, (double)at1 / n, (double)at3 / n, reciprocal / n, facetAsked == 0 ? null : (double)facetRight / facetAsked, misses);
    }
}

namespace KommunalBot.Knowledge.Search;

/// <summary>Bonus for query words that stand close together in a document (adjacent words count most).</summary>
internal static class Proximity
{
    private const float MaxBonus = 0.3f;

    public static float Bonus(IndexSnapshot index, int docIndex, ParsedQuery query, Dictionary<int, int> slotOfTerm)
    {
        if (query.SlotWeights.Count < 2)
        {
            return 0;
        }

        // Last position of each slot while scanning; pairs of different slots within the window earn 1/distance.
        Span<int> last = stackalloc int[Math.Min(query.SlotWeights.Count, 64)];
        last.Fill(-1000);
        var sequence = index.Sequences[docIndex];
        var best = 0f;
        for (var p = 0; p < sequence.Length; p++)
        {
            var termId = sequence[p];
            if (termId < 0)
            {
                continue;
            }

            if (!slotOfTerm.TryGetValue(termId, out var slot) || slot >= last.Length)
            {
                continue;
            }

            for (var other = 0; other < last.Length; other++)
            {
                if (other != slot && last[other] >= 0)
                {
                    var distance = p - last[other];
                    if (distance <= 5)
                    {
                        best += 1f / distance;
                    }
                }
            }

            last[slot] = p;
        }

        return Math.Min(MaxBonus, best * 0.1f);
    }
}

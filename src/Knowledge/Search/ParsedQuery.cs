namespace KommunalBot.Knowledge.Search;

/// <summary>
/// Expanded query: scored terms, the weight of each word slot, the analysed stems, the Länder the question
/// abbreviates (<see cref="Text.LandNames"/> bits; documents about them get a soft boost), and what each slot
/// stands for in the question.
/// </summary>
internal sealed record ParsedQuery(List<QueryTerm> Terms, List<float> SlotWeights, List<string> Stems, int LandMask = 0)
{
    /// <summary>The question word behind each slot (parallel to <see cref="SlotWeights"/>).</summary>
    public List<QuerySlot> Slots { get; init; } = [];
}

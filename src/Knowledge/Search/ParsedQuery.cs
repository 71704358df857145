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

/// <summary>
/// One word slot: the normalised word, its span in the normalised question, and its index term. A compound the
/// index does not know is split into one slot per content part ("Hundeführerschein" → hund, führerschein), so a
/// document must contain every part to cover the word.
/// </summary>
internal readonly record struct QuerySlot(string Word, int Start, int Length, string Term);

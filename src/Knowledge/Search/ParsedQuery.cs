namespace KommunalBot.Knowledge.Search;

/// <summary>
/// Expanded query: scored terms, the weight of each word slot, the analysed stems, and the Länder the question
/// abbreviates (<see cref="Text.LandNames"/> bits; documents about them get a soft boost).
/// </summary>
internal sealed record ParsedQuery(List<QueryTerm> Terms, List<float> SlotWeights, List<string> Stems, int LandMask = 0);

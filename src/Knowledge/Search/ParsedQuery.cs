namespace KommunalBot.Knowledge.Search;

/// <summary>Expanded query: scored terms, the weight of each word slot, and the analysed stems.</summary>
internal sealed record ParsedQuery(List<QueryTerm> Terms, List<float> SlotWeights, List<string> Stems);

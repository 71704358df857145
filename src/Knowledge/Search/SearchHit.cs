using KommunalBot.Knowledge.Content;

namespace KommunalBot.Knowledge.Search;

/// <summary>One ranked document with its score and a snippet whose matches are marked <c>**bold**</c>.</summary>
public sealed record SearchHit(KnowledgeDocument Document, double Score, string Snippet);

namespace KommunalBot.Knowledge.Search;

/// <summary>Indexed fields, in BM25F weight order.</summary>
internal enum SearchField
{
    Title = 0,
    Synonyms = 1,
    Keywords = 2,
    Body = 3,
}

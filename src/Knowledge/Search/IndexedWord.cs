namespace KommunalBot.Knowledge.Search;

/// <summary>
/// A distinct surface word of the corpus with its stem, shared by all documents that contain it.
/// <see cref="TermId"/> and <see cref="PartIds"/> are scratch fields of the build in progress
/// (builds of one <see cref="IndexBuilder"/> are serialised).
/// </summary>
internal sealed class IndexedWord(string word, string term)
{
    public string Word { get; } = word;

    public string Term { get; } = term;

    public int TermId { get; set; } = -1;

    public int[] PartIds { get; set; } = [];

    public long BuildVersion { get; set; } = -1;
}

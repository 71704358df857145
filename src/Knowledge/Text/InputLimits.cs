namespace KommunalBot.Knowledge.Text;

/// <summary>
/// Upper bounds on what the library reads from one request, so that no chat message can hold the CPU:
/// typo tolerance, compound splitting and the facet patterns are cheap for words and questions but grow
/// super-linearly with a pasted text or an endless "word".
/// </summary>
internal static class InputLimits
{
    /// <summary>
    /// Characters of a question or search text that are analysed. Questions are a sentence or two (the longest
    /// evaluation question has 100 characters); what follows in a pasted text only dilutes the coverage of the words.
    /// </summary>
    public const int MaxQuestionLength = 1000;

    /// <summary>
    /// Longest name <see cref="KnowledgeBase.FindService"/> looks up. The longest service name or synonym in
    /// knowledge/ has 83 characters (a test keeps them below half of this); a longer text names no service.
    /// </summary>
    public const int MaxNameLength = 200;

    /// <summary>
    /// Longest query word that is split into compound parts, typo-corrected or matched as a compound modifier; longer
    /// words are only looked up exactly. The longest word in knowledge/ has 42 letters
    /// ("Seeschiffbewachungsdurchführungsverordnung"); a longer "word" is pasted data (hashes, slugs, base64).
    /// </summary>
    public const int MaxWordLength = 64;

    /// <summary>
    /// At most the first <paramref name="max"/> characters of the text: cut before the word that crosses the limit
    /// (when it is a word, not a run of data), never inside a surrogate pair.
    /// </summary>
    public static string Clip(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var space = text.LastIndexOf(' ', max);
        var cut = space > 0 && space > max - MaxWordLength ? space : char.IsHighSurrogate(text[max - 1]) ? max - 1 : max;
        return text[..cut];
    }
}

namespace KommunalBot.Knowledge.Text;

/// <summary>Turns text into index terms: normalise, tokenise, drop stop words, stem (with umlaut folding).</summary>
internal static class GermanAnalyzer
{
    /// <summary>Analysed terms of a text in order: the stem and the normalised surface word.</summary>
    public static List<AnalyzedToken> Analyze(string text)
    {
        var tokens = TextNormalizer.Tokenize(text);
        var result = new List<AnalyzedToken>(tokens.Count);
        foreach (var token in tokens)
        {
            if (StopWords.Contains(token.Text))
            {
                continue;
            }

            result.Add(new AnalyzedToken(Term(token.Text), token.Text, token.Position, token.Start, token.Length));
        }

        return result;
    }

    /// <summary>Index term of one normalised word: digits stay as they are, words are stemmed.</summary>
    public static string Term(string normalizedWord)
    {
        foreach (var c in normalizedWord)
        {
            if (char.IsLetter(c))
            {
                return GermanStemmer.Stem(normalizedWord);
            }
        }

        return normalizedWord;
    }
}

namespace KommunalBot.Knowledge.Text;

/// <summary>
/// Heads that make a compound of a service name generic: "Wohngeld|antrags|dienst", "Einbürgerungs|fachverfahren",
/// "Gaststätten|erlaubnis". As a compound part of a question word they match almost every service, so the
/// modifier (the service) must carry the word, not the head.
/// </summary>
internal static class GenericHeads
{
    private static readonly HashSet<string> Stems = new[]
    {
        "dienst", "onlinedienst", "antrag", "antragsdienst", "verfahren", "fachverfahren", "erlaubnis", "genehmigung",
        "portal", "service", "online", "leistung", "formular", "anwendung", "system", "plattform", "digital", "modul",
    }.Select(GermanStemmer.Stem).ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether the index term of a compound part is a generic head.</summary>
    public static bool Contains(string term) => Stems.Contains(term);
}

using System.Text;
using KommunalBot.Knowledge.Content;

namespace KommunalBot.Knowledge.Bench;

/// <summary>
/// Generates padding documents with the vocabulary and sizes of the real content (deterministic seed):
/// Steckbrief-like entries with facts and FAQ-like articles of 100-250 words.
/// </summary>
internal static class DocumentGenerator
{
    private static readonly string[] Laender = ["Bayern", "Nordrhein-Westfalen", "Hessen", "Sachsen", "Berlin", "Hamburg", "Bremen", "Niedersachsen", "Schleswig-Holstein", "Bund"];
    private static readonly string[] Wege = ["FIT-Connect", "OSCI/XTA", "De-Mail", "E-Mail mit PDF"];
    private static readonly string[] Hersteller = ["AKDB", "Dataport", "regio iT", "ekom21", "Komm.ONE", "KDN", "Vitako"];

    public static IEnumerable<KnowledgeDocument> Generate(IReadOnlyList<KnowledgeDocument> real, int count, int seed)
    {
        var random = new Random(seed);
        var words = real.SelectMany(d => Words(d.Title + " " + d.Summary + " " + d.Body)).Where(w => w.Length > 3).Distinct().ToArray();
        var titleWords = real.SelectMany(d => Words(d.Title)).Where(w => w.Length > 4).Distinct().ToArray();
        var topics = real.SelectMany(d => d.Topics).Distinct().ToArray();
        if (words.Length == 0 || titleWords.Length == 0)
        {
            words = titleWords = ["Antrag", "Genehmigung", "Anmeldung", "Bescheinigung", "Erlaubnis"];
        }

        if (topics.Length == 0)
        {
            topics = ["Allgemein"];
        }

        for (var i = 0; i < count; i++)
        {
            var title = $"{Pick(random, titleWords)} {Pick(random, titleWords)}{Pick(random, titleWords).ToLowerInvariant()}";
            var topic = Pick(random, topics);
            var isSteckbrief = i % 3 != 0;
            var source = new Source($"https://example.org/generiert/{i}", "Generiertes Testdokument", "2025-01");
            yield return new KnowledgeDocument
            {
                Id = $"gen-{i:D5}",
                Type = isSteckbrief ? DocumentType.Steckbrief : DocumentType.Faq,
                Title = title,
                Synonyms = isSteckbrief ? [$"{Pick(random, titleWords)} online", $"{Pick(random, titleWords)}antrag"] : [],
                Summary = Sentence(random, words, 25),
                Body = Sentence(random, words, random.Next(100, 250)),
                Topics = [topic],
                Land = Pick(random, Laender),
                Status = "generiert",
                Date = new DateOnly(2025, 1 + (i % 12), 1),
                Sources = [source],
                Steckbrief = isSteckbrief ? Steckbrief(random, title, topic, words) : null,
            };
        }
    }

    private static Steckbrief Steckbrief(Random random, string title, string topic, string[] words) => new()
    {
        Ozg = new OzgReference(random.Next(10000, 10600).ToString(System.Globalization.CultureInfo.InvariantCulture), title, topic, null),
        UmsetzendesLand = Pick(random, Laender),
        Status = new ServiceStatus(Sentence(random, words, 12), []),
        Fachverfahren = [new FachverfahrenEntry(Pick(random, words), Pick(random, Hersteller), null, Sentence(random, words, 10), null)],
        Transportwege = [new TransportwegEntry(Pick(random, Wege), Sentence(random, words, 10), null)],
        Nachnutzung = new Nachnutzung(["FIT-Store"], Sentence(random, words, 12), null),
        Anbindung = [Sentence(random, words, 12), Sentence(random, words, 12)],
    };

    private static string Sentence(Random random, string[] words, int length)
    {
        var b = new StringBuilder();
        for (var i = 0; i < length; i++)
        {
            b.Append(Pick(random, words)).Append(i % 12 == 11 ? ". " : " ");
        }

        return b.ToString().Trim();
    }

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];

    private static IEnumerable<string> Words(string text)
    {
        var b = new StringBuilder();
        foreach (var c in text + " ")
        {
            if (char.IsLetter(c))
            {
                b.Append(c);
            }
            else if (b.Length > 0)
            {
                yield return b.ToString();
                b.Clear();
            }
        }
    }
}

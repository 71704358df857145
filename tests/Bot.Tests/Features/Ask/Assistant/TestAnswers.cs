using KommunalBot.Knowledge.Answers;
using KommunalBot.Knowledge.Content;
using KommunalBot.Knowledge.Search;

namespace KommunalBot.Bot.Tests.Features.Ask.Assistant;

/// Answers as the knowledge base would return them, built from its records directly.
internal static class TestAnswers
{
    public const string SteckbriefUrl = "https://www.dataport.de/wohngeld-steckbrief";
    public const string FaqUrl = "https://www.fitko.de/fit-connect-faq";
    public const string FactText = "EinsA (AKDB) – XWohngeld";
    public const string FaqPassage = "Anträge kommen über FIT-Connect im Fachverfahren an.";

    /// Two sources: [1] the Steckbrief (a fact and a passage), [2] an FAQ (a passage).
    public static Answer Wohngeld()
    {
        var steckbrief = new KnowledgeDocument
        {
            Id = "wohngeld",
            Type = DocumentType.Steckbrief,
            Title = "Wohngeld (EfA Schleswig-Holstein)",
            Sources = [new Source(SteckbriefUrl, "Dataport Steckbrief Wohngeld", "2025-08")],
        };
        var faq = new KnowledgeDocument
        {
            Id = "faq-wohngeld-transport",
            Type = DocumentType.Faq,
            Title = "FAQ: Wie kommt der Wohngeld-Antrag an?",
            Sources = [new Source(FaqUrl, "FITKO FAQ FIT-Connect", null)],
        };

        return new Answer
        {
            Facet = Facet.Transportweg,
            Services = [new ServiceMatch("wohngeld", steckbrief.Title, DocumentType.Steckbrief, 1.0)],
            DirectFacts = [new Fact("Fachverfahren", FactText, SteckbriefUrl)],
            Passages =
            [
                new Passage(steckbrief.Id, steckbrief.Title, "Der Antrag wird per **FIT-Connect** übermittelt.", 2.0),
                new Passage(faq.Id, faq.Title, "Anträge kommen über **FIT-Connect** im\nFachverfahren an.", 1.5),
            ],
            Sources = [.. steckbrief.Sources, .. faq.Sources],
            Confidence = 0.9,
            DidYouMean = [],
            Hits = [new SearchHit(steckbrief, 2.0, "Der Antrag …"), new SearchHit(faq, 1.5, "Anträge …")],
        };
    }

    public static Answer WithoutSources() => Wohngeld() with { Sources = [], Hits = [] };
}

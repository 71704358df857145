using KommunalBot.Knowledge.Content;
using KommunalBot.Knowledge.Search;

namespace KommunalBot.Knowledge.Answers;

/// <summary>
/// Question understanding: detect the facet, find the service(s) with a facet-aware search (facet words
/// weigh little, documents holding facet facts weigh more), fall back to the previous service for
/// follow-ups, and copy the facet's facts from the chosen document.
/// </summary>
internal static class AnswerBuilder
{
    private const int Depth = 10;
    private const int PassageCount = 3;
    private const float FacetWordWeight = 0.35f;
    private const float TopicFacetWordWeight = 0.8f;
    // A name match counts when it is worth a fifth of a word found in a single document (idf scale of this index).
    private const float NamedServiceShare = 0.2f;
    private const double DidYouMeanRatio = 0.8;
    private const float NamedSteckbriefPrior = 1.4f;

    public static Answer Build(IndexSnapshot index, string question, AnswerContext? context)
    {
        var detection = FacetDetector.Detect(question, index.FacetLexicon);
        var parsed = QueryParser.Parse(index, question, detection.FacetStems, FacetWordWeight);
        var scored = Searcher.Execute(index, parsed, new SearchQuery { Text = question }, Depth, Priors(detection));
        var namedThreshold = NamedServiceShare * index.MaxIdf;
        if (!detection.CatalogIntent)
        {
            PreferNamedSteckbriefe(index, scored, namedThreshold);
        }

        var services = ServiceCandidates(index, scored);
        // A question names a service when a word that is not a facet word matched a service name.
        var hasContentWords = parsed.SlotWeights.Exists(w => w >= 1f);
        var named = hasContentWords && services.Count > 0 && services[0].NameScore >= namedThreshold;
        // No EfA service named (a catalogue row named by a plain word like "löschen" is none): the facet words are
        // the topic ("zustellpunkt löschen ..."), not a question about one.
        var namedSteckbrief = named && index.DocumentTypes[services[0].DocIndex] == DocumentType.Steckbrief;
        if (!namedSteckbrief && context?.PreviousServiceId is null && detection.HasFacetWords && !detection.CatalogIntent)
        {
            parsed = QueryParser.Parse(index, question, detection.FacetStems, TopicFacetWordWeight);
            scored = Searcher.Execute(index, parsed, new SearchQuery { Text = question }, Depth, Priors(detection));
            services = ServiceCandidates(index, scored);
            named = hasContentWords && services.Count > 0 && services[0].NameScore >= namedThreshold;
        }

        // A question whose words name an FAQ or best practice ("Wie funktioniert die Nachnutzung über den
        // FIT-Store?") is a new topic, not a follow-up to the service asked about before.
        var namesArticle = hasContentWords && scored.Count > 0
            && index.DocumentTypes[scored[0].DocIndex] is DocumentType.Faq or DocumentType.BestPractice
            && scored[0].NameScore >= namedThreshold;
        var usedContext = false;
        if (!named && !namesArticle && context?.PreviousServiceId is { } previous && index.DocumentIndex.TryGetValue(previous, out var previousIndex))
        {
            services = [new Candidate(previousIndex, 1f, 0, 1f)];
            scored.Insert(0, new ScoredDocument(previousIndex, scored.Count > 0 ? scored[0].Score : 1f, 0, 1f, 1f));
            usedContext = true;
        }

        // Facts belong to a service the question (or the conversation) names, never to an incidental match.
        var factsAllowed = named || usedContext;
        var evidence = usedContext || (hasContentWords && scored.Count > 0
            && Math.Max(services.Count > 0 ? services[0].NameScore : 0f, scored[0].NameScore) >= namedThreshold);

        services = Distinct(services);
        scored = Distinct(scored);
        var terms = new HashSet<string>(parsed.Terms.Select(t => index.Terms[t.TermId]), StringComparer.Ordinal);
        // Snippets are costly: highlight the passages shown, summarise the rest.
        var hits = scored.Select((s, rank) => new SearchHit(
            index.Documents[s.DocIndex],
            s.Score,
            rank < PassageCount ? Snippets.Build(index.Documents[s.DocIndex], terms, index) : Snippets.Shorten(index.Documents[s.DocIndex].Summary))).ToList();

        var facet = detection.Facet;
        if (!detection.HasFacetWords && !detection.CatalogIntent && scored.Count > 0
            && index.Documents[scored[0].DocIndex] is { Type: DocumentType.Faq or DocumentType.BestPractice } article)
        {
            facet = FacetDetector.FromThemes(article.Topics) ?? facet; // "Was ist Dataclearing NRW?" asks what the article is about
        }

        var top = services.Count > 0 ? index.Documents[services[0].DocIndex] : null;
        var facts = top is null || !factsAllowed ? [] : FactExtractor.Extract(top, facet);
        var topScore = services.Count > 0 ? services[0].Score : 1f;
        var matches = services.Take(5).Select(c => ToMatch(index, c, topScore)).ToList();
        // "Did you mean": several services whose names match the question about equally well.
        var fitting = usedContext ? [] : services.Take(5)
            .Where(c => c.NameScore >= namedThreshold && c.Score >= DidYouMeanRatio * topScore)
            .Take(3)
            .Select(c => ToMatch(index, c, topScore))
            .ToList();
        var didYouMean = fitting.Count > 1 ? fitting : [];

        return new Answer
        {
            Facet = facet,
            Services = matches,
            DirectFacts = facts,
            Passages = hits.Take(PassageCount).Select(h => new Passage(h.Document.Id, h.Document.Title, h.Snippet, h.Score)).ToList(),
            Sources = Sources(top, hits),
            Confidence = Confidence(scored, services.Count > 0 ? services[0] : null, matches, facts, facet, usedContext, evidence),
            DidYouMean = didYouMean,
            UsedContext = usedContext,
            Hits = hits,
        };
    }

    private static readonly float[] CatalogPriors = Searcher.Priors(type => type switch
    {
        DocumentType.OzgLeistung => 1.6f,
        DocumentType.LeikaLeistung => 1.4f,
        DocumentType.Steckbrief => 1.3f,
        _ => 1.0f,
    });

    // "LeiKa-Schlüssel ...": the question names the catalogue, so its rows come before the OZG row of the same service.
    private static readonly float[] LeikaPriors = Searcher.Priors(type => type switch
    {
        DocumentType.LeikaLeistung => 1.6f,
        DocumentType.OzgLeistung => 1.3f,
        DocumentType.Steckbrief => 1.3f,
        _ => 1.0f,
    });

    private static readonly float[] FacetPriors = Searcher.Priors(type => type switch
    {
        DocumentType.Steckbrief => 2.0f,
        DocumentType.Faq => 1.3f,
        DocumentType.BestPractice => 1.2f,
        DocumentType.OzgLeistung => 0.8f,
        _ => 0.7f,
    });

    // Catalogue questions prefer catalogue rows; facet questions prefer Steckbriefe, which hold the facts.
    private static float[] Priors(FacetDetection detection) =>
        detection.LeikaIntent ? LeikaPriors : detection.CatalogIntent ? CatalogPriors : detection.Facet != Facet.Allgemein ? FacetPriors : Searcher.DefaultPriors;

    // The question names a service ("jagdschein digital nachnutzen ..."): its Steckbrief answers before a general
    // FAQ that merely shares the other words. Catalogue questions keep preferring catalogue rows.
    private static void PreferNamedSteckbriefe(IndexSnapshot index, List<ScoredDocument> scored, float namedThreshold)
    {
        for (var i = 0; i < scored.Count; i++)
        {
            if (index.DocumentTypes[scored[i].DocIndex] == DocumentType.Steckbrief && scored[i].NameScore >= namedThreshold)
            {
                scored[i] = scored[i] with { Score = scored[i].Score * NamedSteckbriefPrior };
            }
        }

        scored.Sort((a, b) => b.Score.CompareTo(a.Score));
    }

    private sealed record Candidate(int DocIndex, float Score, float NameScore, float Coverage);

    private static List<Candidate> ServiceCandidates(IndexSnapshot index, List<ScoredDocument> scored)
    {
        var candidates = new List<Candidate>();
        foreach (var s in scored)
        {
            var document = index.Documents[s.DocIndex];
            if (document.Type is DocumentType.Steckbrief or DocumentType.OzgLeistung or DocumentType.LeikaLeistung)
            {
                candidates.Add(new Candidate(s.DocIndex, s.Score, s.NameScore, s.ContentCoverage));
                continue;
            }

            foreach (var serviceId in document.Services)
            {
                if (index.DocumentIndex.TryGetValue(serviceId, out var serviceIndex))
                {
                    candidates.Add(new Candidate(serviceIndex, s.Score * 0.8f, 0f, s.ContentCoverage)); // the article is named, not the service
                }
            }
        }

        candidates.Sort((a, b) => b.Score.CompareTo(a.Score));
        return candidates;
    }

    private static List<Candidate> Distinct(List<Candidate> candidates)
    {
        var seen = new HashSet<int>();
        return candidates.Where(c => seen.Add(c.DocIndex)).ToList();
    }

    private static List<ScoredDocument> Distinct(List<ScoredDocument> scored)
    {
        var seen = new HashSet<int>();
        return scored.Where(c => seen.Add(c.DocIndex)).ToList();
    }

    private static ServiceMatch ToMatch(IndexSnapshot index, Candidate c, float topScore)
    {
        var d = index.Documents[c.DocIndex];
        return new ServiceMatch(d.Id, d.Title, d.Type, topScore <= 0 ? 0 : Math.Clamp(c.Score / topScore, 0, 1));
    }

    private static List<Source> Sources(KnowledgeDocument? top, List<SearchHit> hits)
    {
        var sources = new List<Source>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in hits.Take(3).Select(h => h.Document).Prepend(top).OfType<KnowledgeDocument>())
        {
            foreach (var source in document.Sources)
            {
                if (seen.Add(source.Url))
                {
                    sources.Add(source);
                }
            }
        }

        return sources.Take(6).ToList();
    }

    private static double Confidence(List<ScoredDocument> scored, Candidate? service, List<ServiceMatch> services, List<Fact> facts, Facet facet, bool usedContext, bool evidence)
    {
        if (scored.Count == 0)
        {
            return 0;
        }

        double confidence;
        if (usedContext)
        {
            confidence = 0.8;
        }
        else
        {
            var margin = services.Count > 1 ? 1 - services[1].Score : 1;
            // Share of the question's words found in the chosen service, lowered when other services fit as well.
            confidence = Math.Max(service?.Coverage ?? 0f, scored[0].ContentCoverage) * (0.6 + (0.4 * margin));

            // No question word in the name or title of what we found: the match is incidental.
            if (!evidence)
            {
                confidence *= 0.6;
            }
        }

        if (facet != Facet.Allgemein && facts.Count == 0)
        {
            confidence *= 0.5;
        }

        return Math.Clamp(confidence, 0, 1);
    }
}

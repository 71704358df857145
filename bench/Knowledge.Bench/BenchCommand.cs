using System.Diagnostics;
using KommunalBot.Knowledge.Content;
using KommunalBot.Knowledge.Evaluation;
using KommunalBot.Knowledge.Search;

namespace KommunalBot.Knowledge.Bench;

/// <summary>
/// Build time, single-thread query latency (p50/p99) and managed memory at 10,000 documents:
/// the catalogue and sample content, padded with generated documents (fixed seed).
/// </summary>
internal static class BenchCommand
{
    private const int TargetDocuments = 10_000;
    private const int Queries = 3_000;

    public static int Run(string knowledgeDir, string questionsFile)
    {
        var load = KnowledgeLoader.Load(knowledgeDir, LoadMode.Lenient);
        var documents = new List<KnowledgeDocument>(load.Documents);
        var real = documents.Count;
        documents.AddRange(DocumentGenerator.Generate(load.Documents, TargetDocuments - documents.Count, seed: 20261121));
        Console.WriteLine($"documents: {documents.Count} ({real} loaded, {documents.Count - real} generated)");

        var before = GC.GetTotalMemory(forceFullCollection: true);
        var stopwatch = Stopwatch.StartNew();
        var knowledgeBase = new KnowledgeBase(documents, load.Glossary);
        var buildMs = stopwatch.Elapsed.TotalMilliseconds;
        var after = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"index build: {buildMs:F0} ms (cold: analysis + postings)");

        var extra = documents[^1] with { Id = "bench-update", Title = "Zusätzlicher Testdienst Bench" };
        stopwatch.Restart();
        knowledgeBase.Upsert(extra);
        Console.WriteLine($"upsert of one document (rebuild with cached analysis): {stopwatch.Elapsed.TotalMilliseconds:F0} ms");
        Console.WriteLine($"managed memory: {(after - before) / (1024.0 * 1024.0):F1} MB for the knowledge base ({after / (1024.0 * 1024.0):F1} MB total after full GC)");

        var queries = QueryMix(load.Documents, File.Exists(questionsFile) ? EvaluationQuestion.ReadFile(questionsFile) : [], Queries);
        Measure("search", queries, q => knowledgeBase.Search(new SearchQuery { Text = q, Top = 10 }));
        Measure("answer", queries, q => knowledgeBase.Answer(q));
        GC.KeepAlive(knowledgeBase);
        return 0;
    }

    /// <summary>Times one query repeatedly (first call separately) on the padded 10,000 documents.</summary>
    public static int Profile(string knowledgeDir, string query)
    {
        var load = KnowledgeLoader.Load(knowledgeDir, LoadMode.Lenient);
        var documents = new List<KnowledgeDocument>(load.Documents);
        documents.AddRange(DocumentGenerator.Generate(load.Documents, TargetDocuments - documents.Count, seed: 20261121));
        var knowledgeBase = new KnowledgeBase(documents, load.Glossary);
        foreach (var warm in new[] { "Wohngeld Fachverfahren", "Was kostet Einbürgerng?", "Hundesteueranmeldung Status", "Wer ist Ansprechpartner für Bauantrag online" })
        {
            for (var i = 0; i < 50; i++)
            {
                knowledgeBase.Answer(warm + i);
            }
        }

        var start = Stopwatch.GetTimestamp();
        knowledgeBase.Answer(query);
        Console.WriteLine($"first: {Stopwatch.GetElapsedTime(start).TotalMilliseconds:F3} ms");
        start = Stopwatch.GetTimestamp();
        for (var i = 0; i < 200; i++)
        {
            knowledgeBase.Answer(query);
        }

        Console.WriteLine($"repeated: {Stopwatch.GetElapsedTime(start).TotalMilliseconds / 200:F3} ms");
        foreach (var top in new[] { 1, 10 })
        {
            start = Stopwatch.GetTimestamp();
            for (var i = 0; i < 200; i++)
            {
                knowledgeBase.Search(new SearchQuery { Text = query, Top = top });
            }

            Console.WriteLine($"search top {top}: {Stopwatch.GetElapsedTime(start).TotalMilliseconds / 200:F3} ms");
        }
        return 0;
    }

    private static void Measure(string name, List<string> queries, Action<string> run)
    {
        foreach (var q in queries.Take(300))
        {
            run(q); // warm-up: JIT and caches
        }

        var times = new double[queries.Count];
        var cpuTimes = new double[queries.Count];
        GC.Collect();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var cpu = Environment.CpuUsage.UserTime + Environment.CpuUsage.PrivilegedTime;
        for (var i = 0; i < queries.Count; i++)
        {
            var cpuStart = ThreadCpuClock.NowMilliseconds();
            var start = Stopwatch.GetTimestamp();
            run(queries[i]);
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            cpuTimes[i] = (ThreadCpuClock.NowMilliseconds() - cpuStart) ?? 0;
        }

        var cpuMs = (Environment.CpuUsage.UserTime + Environment.CpuUsage.PrivilegedTime - cpu).TotalMilliseconds / queries.Count;
        var kb = (GC.GetAllocatedBytesForCurrentThread() - allocated) / 1024.0 / queries.Count;
        var slowest = times.Select((t, i) => (t, i)).OrderByDescending(x => x.t).Take(5).Select(x => $"{x.t:F1} ms \"{queries[x.i]}\"").ToList();
        Array.Sort(times);
        Console.WriteLine($"{name}: {queries.Count} queries, p50 {times[times.Length / 2]:F3} ms, p99 {times[(int)(times.Length * 0.99)]:F3} ms, max {times[^1]:F3} ms, mean {times.Average():F3} ms; process CPU {cpuMs:F3} ms/query, {kb:F0} KB allocated/query");
        Array.Sort(cpuTimes);
        Console.WriteLine($"  thread CPU time per query (without waiting for a core): p50 {cpuTimes[cpuTimes.Length / 2]:F3} ms, p99 {cpuTimes[(int)(cpuTimes.Length * 0.99)]:F3} ms");
        Console.WriteLine("  slowest (wall): " + string.Join("; ", slowest));
    }

    private static List<string> QueryMix(IReadOnlyList<KnowledgeDocument> documents, List<EvaluationQuestion> questions, int count)
    {
        var random = new Random(7);
        var titles = documents.Select(d => d.Title).ToArray();
        var templates = new[]
        {
            "Welche Fachverfahren gibt es für {0}?", "Was kostet {0}?", "Wer ist Ansprechpartner für {0}?",
            "Wie ist der Status von {0}?", "{0}", "Zu welcher OZG-Leistung gehört {0}?", "Transportweg {0}",
        };
        var queries = new List<string>(count);
        while (queries.Count < count)
        {
            var roll = random.Next(10);
            if (roll < 3 && questions.Count > 0)
            {
                queries.Add(questions[random.Next(questions.Count)].Question);
            }
            else
            {
                var title = titles[random.Next(titles.Length)];
                if (roll == 9 && title.Length > 6)
                {
                    var i = random.Next(1, title.Length - 2);
                    title = title[..i] + title[i + 1] + title[i] + title[(i + 2)..]; // typo: swapped letters
                }

                queries.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, templates[random.Next(templates.Length)], title));
            }
        }

        return queries;
    }
}

using Microsoft.Extensions.Time.Testing;
using KommunalBot.Knowledge.Content;
using KommunalBot.Knowledge.Search;
using KommunalBot.Knowledge.Tests.TestSupport;

namespace KommunalBot.Knowledge.Tests;

public sealed class KnowledgeBaseTests
{
    private static KnowledgeDocument Faq(string id, string title, DateOnly? date = null) => new()
    {
        Id = id,
        Type = DocumentType.Faq,
        Title = title,
        Date = date,
    };

    private static List<string> Find(KnowledgeBase kb, string text) =>
        kb.Search(new SearchQuery { Text = text }).Hits.Select(h => h.Document.Id).ToList();

    [Fact]
    public void Upsert_NewDocument_IsSearchableWhenItReturns()
    {
        var kb = Fixture.KnowledgeBase();

        kb.Upsert(Faq("faq-neu", "Wie beantrage ich einen Parkausweis?"));

        Assert.Equal("faq-neu", Find(kb, "Parkausweis")[0]);
    }

    [Fact]
    public void Upsert_ChangedDocument_ReplacesOldText()
    {
        var kb = new KnowledgeBase([Faq("faq-a", "Parkausweis beantragen")]);

        kb.Upsert(Faq("faq-a", "Hundemarke bestellen"));

        Assert.Empty(Find(kb, "Parkausweis"));
        Assert.Equal(["faq-a"], Find(kb, "Hundemarke"));
        Assert.Equal(1, kb.Count);
    }

    [Fact]
    public void Remove_KnownAndUnknownId_ReportsWhetherRemoved()
    {
        var kb = Fixture.KnowledgeBase();

        Assert.True(kb.Remove("faq-fit-store"));
        Assert.False(kb.Remove("faq-fit-store"));
        Assert.DoesNotContain("faq-fit-store", Find(kb, "FIT-Store Nachnutzung"));
        Assert.Null(kb.Get("faq-fit-store"));
    }

    [Fact]
    public void Changed_AfterUpsert_ReportsIdsAndNewerVersion()
    {
        var kb = new KnowledgeBase([]);
        var before = kb.Version;
        KnowledgeChangedEventArgs? seen = null;
        kb.Changed += (_, e) => seen = e;

        kb.Upsert(Faq("faq-a", "Titel"));

        Assert.NotNull(seen);
        Assert.Equal(["faq-a"], seen.Upserted);
        Assert.True(seen.Version > before);
        Assert.Equal(seen.Version, kb.Version);
    }

    [Fact]
    public void RecentlyChanged_ListsNewestEditorialDocumentsFirst()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var kb = new KnowledgeBase([Faq("faq-alt", "Alt", new DateOnly(2025, 1, 1)), Faq("faq-mittel", "Mittel", new DateOnly(2025, 6, 1))], timeProvider: clock);
        clock.Advance(TimeSpan.FromDays(1));

        kb.Upsert(Faq("faq-neu", "Neu"));

        Assert.Equal(["faq-neu", "faq-mittel"], kb.RecentlyChanged(2).Select(d => d.Id));
    }

    [Fact]
    public void RecentlyChanged_ExcludesCatalogueRows() =>
        Assert.DoesNotContain(Fixture.KnowledgeBase().RecentlyChanged(100), d => d.Catalog is not null);

    [Fact]
    public void Services_GroupsSteckbriefeByThemenfeld()
    {
        var services = Fixture.KnowledgeBase().Services;

        Assert.Equal(["wohngeld"], services["Arbeit & Ruhestand"].Select(d => d.Id));
        Assert.Equal(3, services.Values.Sum(v => v.Count));
    }

    [Theory]
    [InlineData("wohngeld")]
    [InlineData("Wohngeld Online")]
    [InlineData("mietzuschuss")]
    [InlineData("Wohngled")]
    public void FindService_ByIdNameSynonymOrTypo_FindsSteckbrief(string query) =>
        Assert.Equal("wohngeld", Fixture.KnowledgeBase().FindService(query)?.Id);

    [Fact]
    public async Task Search_WhileWriterUpdates_ReadersAlwaysSeeAConsistentSnapshot()
    {
        var kb = Fixture.KnowledgeBase();
        using var stop = new CancellationTokenSource();
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            var searches = 0;
            while (!stop.IsCancellationRequested || searches == 0)
            {
                var hits = kb.Search(new SearchQuery { Text = "Wohngeld Fachverfahren" }).Hits;
                Assert.Equal("wohngeld", hits[0].Document.Id);
                searches++;
            }

            return searches;
        })).ToList();

        for (var i = 0; i < 20; i++)
        {
            kb.Upsert(Faq($"faq-{i}", $"Frage Nummer {i} zum Parken"));
        }

        await stop.CancelAsync();
        var counts = await Task.WhenAll(readers);

        Assert.All(counts, c => Assert.True(c > 0));
        Assert.Equal(20, kb.Search(new SearchQuery { Text = "Parken", Top = 50 }).Hits.Count);
    }
}

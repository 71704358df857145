using KommunalBot.Bot.Storage;

namespace KommunalBot.Bot.Tests.Storage;

public abstract partial class DocumentStoreContract
{
    [Fact]
    public async Task List_Prefix_ReturnsMatchingKeysInOrdinalOrder()
    {
        await PutAllAsync("consult/2", "consult/10", "consult/1", "consultx/1", "broadcast/1", "consult");

        Assert.Equal(["consult/1", "consult/10", "consult/2"], await KeysAsync(Store, "consult/"));
    }

    [Fact]
    public async Task List_PrefixWithLikeWildcards_MatchesLiterally()
    {
        await PutAllAsync("a%b/1", "a%bc/1", "a_b/1", "axb/1", "aXb/1", "ab/1");

        Assert.Equal(["a%b/1", "a%bc/1"], await KeysAsync(Store, "a%b"));
        Assert.Equal(["a_b/1"], await KeysAsync(Store, "a_b"));
        Assert.Equal(["a%b/1"], await KeysAsync(Store, "a%b/"));
    }

    [Fact]
    public async Task List_Prefix_IsCaseSensitive()
    {
        await PutAllAsync("Consult/1", "consult/1", "CONSULT/1");

        Assert.Equal(["consult/1"], await KeysAsync(Store, "consult/"));
    }

    [Fact]
    public async Task List_EmptyPrefix_ReturnsEveryDocumentWithJsonAndETag()
    {
        var b = await Store.PutAsync("b", """{"v":"b"}""", PutCondition.None, None);
        var a = await Store.PutAsync("a", """{"v":"a"}""", PutCondition.None, None);

        var documents = new List<StoredDocument>();
        await foreach (var document in Store.ListAsync("", None))
        {
            documents.Add(document);
        }

        Assert.Equal([new("a", """{"v":"a"}""", a.ETag!), new("b", """{"v":"b"}""", b.ETag!)], documents);
    }

    [Fact]
    public async Task List_NoMatchingKey_ReturnsNothing()
    {
        await PutAllAsync("consult/1");

        Assert.Empty(await KeysAsync(Store, "broadcast/"));
    }

    [Fact]
    public async Task List_MoreDocumentsThanOnePage_ReturnsAllOnce()
    {
        var expected = Enumerable.Range(0, 230).Select(i => $"item/{i:D4}").ToList();
        await PutAllAsync([.. expected, "itemz", "other/1"]);

        Assert.Equal(expected, await KeysAsync(Store, "item/"));
    }

    [Fact]
    public async Task List_UpdatingEachDocumentWhileListing_VisitsEachOnce()
    {
        var expected = Enumerable.Range(0, 120).Select(i => $"outbox/{i:D4}").ToList();
        await PutAllAsync([.. expected]);

        var visited = new List<string>();
        await foreach (var document in Store.ListAsync("outbox/", None))
        {
            visited.Add(document.Key);
            var put = await Store.PutAsync(document.Key, """{"state":"Sent"}""", PutCondition.Matching(document.ETag), None);
            Assert.Equal(PutOutcome.Written, put.Outcome);
        }

        Assert.Equal(expected, visited);
    }

    private async Task PutAllAsync(params string[] keys)
    {
        // A few at a time: fast on a network backend, still modest on a 2-core machine.
        foreach (var chunk in keys.Chunk(8))
        {
            await Task.WhenAll(chunk.Select(key => Store.PutAsync(key, $$"""{"key":"{{key}}"}""", PutCondition.None, None)));
        }
    }
}

using KommunalBot.Bot.Storage;

namespace KommunalBot.Bot.Tests.Storage;

/// The behaviour every <see cref="IDocumentStore"/> backend must show. A backend's test class derives from
/// this and hands out stores on a fresh, empty backend per test (xunit creates one instance per test).
public abstract partial class DocumentStoreContract
{
    private static readonly CancellationToken None = CancellationToken.None;

    /// The store under test.
    protected abstract IDocumentStore Store { get; }

    /// A second, independent store instance on the same backend (another bot instance, same data).
    protected abstract IDocumentStore OtherStore { get; }

    /// Rounds for the race tests: enough to make a lost race likely if the store were not atomic.
    protected virtual int RaceIterations => 50;

    [Fact]
    public async Task Get_MissingKey_ReturnsNull()
    {
        Assert.Null(await Store.GetAsync("consult/missing", None));
    }

    [Fact]
    public async Task Put_NewDocument_RoundTripsJsonAndETag()
    {
        var put = await Store.PutAsync("consult/1", """{"status":"Open","text":"Wohngeld – Fachverfahren?"}""", PutCondition.None, None);

        var stored = await Store.GetAsync("consult/1", None);
        Assert.Equal(PutOutcome.Written, put.Outcome);
        Assert.NotNull(stored);
        Assert.Equal("consult/1", stored.Key);
        Assert.Equal("""{"status":"Open","text":"Wohngeld – Fachverfahren?"}""", stored.Json);
        Assert.Equal(put.ETag, stored.ETag);
    }

    [Fact]
    public async Task Put_Unconditional_OverwritesAndChangesETag()
    {
        var first = await Store.PutAsync("doc", """{"v":1}""", PutCondition.None, None);
        var second = await Store.PutAsync("doc", """{"v":2}""", PutCondition.None, None);

        var stored = await Store.GetAsync("doc", None);
        Assert.Equal(PutOutcome.Written, second.Outcome);
        Assert.NotEqual(first.ETag, second.ETag);
        Assert.Equal("""{"v":2}""", stored?.Json);
        Assert.Equal(second.ETag, stored?.ETag);
    }

    [Fact]
    public async Task CreateMany_CreatesTheNewDocuments_LeavesExistingOnesAsTheyWere()
    {
        await Store.PutAsync("batch/0002", """{"v":"old"}""", PutCondition.None, None);
        var documents = Enumerable.Range(0, 1500) // more than one SQLite transaction's worth
            .Select(i => KeyValuePair.Create($"batch/{i:0000}", $$"""{"v":{{i}}}""")).ToList();

        var created = await Store.CreateManyAsync(documents, None);

        Assert.Equal(1499, created.Count);
        Assert.DoesNotContain("batch/0002", created);
        Assert.Equal("""{"v":"old"}""", (await Store.GetAsync("batch/0002", None))?.Json);
        Assert.Equal("""{"v":1499}""", (await OtherStore.GetAsync("batch/1499", None))?.Json);
        Assert.Empty(await Store.CreateManyAsync(documents.Take(10).ToList(), None)); // a second enqueue creates nothing
    }

    [Fact]
    public async Task Put_CreateOnlyOnNewKey_Writes()
    {
        var put = await Store.PutAsync("doc", """{"v":1}""", PutCondition.CreateOnly, None);

        Assert.Equal(PutOutcome.Written, put.Outcome);
        Assert.Equal(put.ETag, (await Store.GetAsync("doc", None))?.ETag);
    }

    [Fact]
    public async Task Put_CreateOnlyOnExistingKey_ConflictsAndKeepsDocument()
    {
        var first = await Store.PutAsync("doc", """{"v":1}""", PutCondition.CreateOnly, None);

        var second = await Store.PutAsync("doc", """{"v":2}""", PutCondition.CreateOnly, None);

        Assert.Equal(new PutResult(PutOutcome.Conflict, null), second);
        Assert.Equal(new StoredDocument("doc", """{"v":1}""", first.ETag!), await Store.GetAsync("doc", None));
    }

    [Fact]
    public async Task Put_MatchingCurrentETag_WritesNewVersion()
    {
        var first = await Store.PutAsync("doc", """{"v":1}""", PutCondition.None, None);

        var second = await Store.PutAsync("doc", """{"v":2}""", PutCondition.Matching(first.ETag!), None);

        Assert.Equal(PutOutcome.Written, second.Outcome);
        Assert.NotEqual(first.ETag, second.ETag);
        Assert.Equal(new StoredDocument("doc", """{"v":2}""", second.ETag!), await Store.GetAsync("doc", None));
    }

    [Fact]
    public async Task Put_StaleETag_ConflictsAndKeepsNewerDocument()
    {
        var first = await Store.PutAsync("doc", """{"v":1}""", PutCondition.None, None);
        var second = await Store.PutAsync("doc", """{"v":2}""", PutCondition.Matching(first.ETag!), None);

        var stale = await Store.PutAsync("doc", """{"v":3}""", PutCondition.Matching(first.ETag!), None);

        Assert.Equal(new PutResult(PutOutcome.Conflict, null), stale);
        Assert.Equal(new StoredDocument("doc", """{"v":2}""", second.ETag!), await Store.GetAsync("doc", None));
    }

    [Fact]
    public async Task Put_MatchingOnMissingKey_ConflictsAndCreatesNothing()
    {
        var put = await Store.PutAsync("doc", """{"v":1}""", PutCondition.Matching("some-etag"), None);

        Assert.Equal(PutOutcome.Conflict, put.Outcome);
        Assert.Null(await Store.GetAsync("doc", None));
    }

    [Fact]
    public async Task Put_ETagFromBeforeDeleteAndRecreate_Conflicts()
    {
        var old = await Store.PutAsync("doc", """{"v":1}""", PutCondition.None, None);
        await Store.DeleteAsync("doc", null, None);
        await Store.PutAsync("doc", """{"v":1}""", PutCondition.CreateOnly, None);

        var put = await Store.PutAsync("doc", """{"v":2}""", PutCondition.Matching(old.ETag!), None);

        Assert.Equal(PutOutcome.Conflict, put.Outcome);
    }

    [Fact]
    public async Task Delete_WithoutETag_RemovesDocument()
    {
        await Store.PutAsync("doc", "{}", PutCondition.None, None);

        Assert.True(await Store.DeleteAsync("doc", null, None));
        Assert.Null(await Store.GetAsync("doc", None));
    }

    [Fact]
    public async Task Delete_MissingKey_ReturnsFalse()
    {
        Assert.False(await Store.DeleteAsync("doc", null, None));
        Assert.False(await Store.DeleteAsync("doc", "some-etag", None));
    }

    [Fact]
    public async Task Delete_CurrentETag_RemovesDocument()
    {
        var put = await Store.PutAsync("doc", "{}", PutCondition.None, None);

        Assert.True(await Store.DeleteAsync("doc", put.ETag, None));
        Assert.Null(await Store.GetAsync("doc", None));
    }

    [Fact]
    public async Task Delete_StaleETag_ReturnsFalseAndKeepsDocument()
    {
        var first = await Store.PutAsync("doc", """{"v":1}""", PutCondition.None, None);
        var second = await Store.PutAsync("doc", """{"v":2}""", PutCondition.None, None);

        Assert.False(await Store.DeleteAsync("doc", first.ETag, None));
        Assert.Equal(second.ETag, (await Store.GetAsync("doc", None))?.ETag);
    }

    [Theory]
    [InlineData("a%b")]
    [InlineData("a_b")]
    [InlineData("tenant/Gemeinde Übersee/ä ö ü ß")]
    [InlineData("q?x=1&y#frag")]
    [InlineData("plus+sign;semi:colon")]
    [InlineData("a/b/c.json")]
    [InlineData("percent%2Fencoded")]
    [InlineData("emoji😀")]
    public async Task Put_KeyWithSpecialCharacters_RoundTrips(string key)
    {
        var put = await Store.PutAsync(key, """{"k":1}""", PutCondition.CreateOnly, None);

        Assert.Equal(new StoredDocument(key, """{"k":1}""", put.ETag!), await Store.GetAsync(key, None));
        Assert.Equal([key], await KeysAsync(Store, key));
        Assert.True(await Store.DeleteAsync(key, put.ETag, None));
    }

    [Theory]
    [InlineData("")]
    [InlineData("line\nbreak")]
    [InlineData("consult/../secret")]
    [InlineData("consult/")]
    [InlineData("consult.")]
    public async Task Put_InvalidKey_Throws(string key)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Store.PutAsync(key, "{}", PutCondition.None, None));
    }

    [Fact]
    public async Task Ping_ReachableBackend_ReturnsTrue()
    {
        Assert.True(await Store.PingAsync(None));
    }

    [Fact]
    public async Task Put_DocumentWrittenByOneInstance_IsSeenAndGuardedByTheOther()
    {
        var put = await Store.PutAsync("doc", """{"v":1}""", PutCondition.CreateOnly, None);

        var seen = await OtherStore.GetAsync("doc", None);
        var created = await OtherStore.PutAsync("doc", """{"v":2}""", PutCondition.CreateOnly, None);

        Assert.Equal(put.ETag, seen?.ETag);
        Assert.Equal(PutOutcome.Conflict, created.Outcome);
    }

    private static async Task<List<string>> KeysAsync(IDocumentStore store, string prefix)
    {
        var keys = new List<string>();
        await foreach (var document in store.ListAsync(prefix, None))
        {
            keys.Add(document.Key);
        }

        return keys;
    }
}

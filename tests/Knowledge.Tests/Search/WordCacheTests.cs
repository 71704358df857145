using KommunalBot.Knowledge.Search;

namespace KommunalBot.Knowledge.Tests.Search;

public sealed class WordCacheTests
{
    [Fact]
    public void GetOrAdd_SameWordTwice_ComputesOnce()
    {
        var cache = new WordCache<int>();
        var computed = 0;

        cache.GetOrAdd("wohngelt", w => ++computed);
        var second = cache.GetOrAdd("wohngelt", w => ++computed);

        Assert.Equal(1, second);
        Assert.Equal(1, computed);
    }

    [Fact]
    public void GetOrAdd_FloodOfNewWords_StopsRemembering()
    {
        var cache = new WordCache<int>();

        for (var i = 0; i < 20_000; i++)
        {
            Assert.Equal(i, cache.GetOrAdd($"wort{i}", _ => i));
        }

        Assert.True(cache.Count < 20_000, $"{cache.Count} words remembered");
    }
}

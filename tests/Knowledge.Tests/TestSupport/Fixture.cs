using KommunalBot.Knowledge.Content;

namespace KommunalBot.Knowledge.Tests.TestSupport;

/// <summary>The small fixture knowledge folder copied next to the test assembly.</summary>
internal static class Fixture
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "Fixtures", "knowledge");

    public static LoadResult Load() => KnowledgeLoader.Load(Root, LoadMode.Strict);

    public static KnowledgeBase KnowledgeBase(TimeProvider? timeProvider = null) => Knowledge.KnowledgeBase.Create(Load(), timeProvider);
}

namespace KommunalBot.Bot.Features.Knowledge;

/// Section `Knowledge`: where the knowledge base comes from.
public sealed class KnowledgeOptions
{
    public const string SectionName = "Knowledge";

    /// Folder of the knowledge base. Relative paths are looked up from the content root and its parents,
    /// so `dotnet run --project src/Bot` finds the repository's `knowledge/`.
    public string Path { get; set; } = "knowledge";

    /// How often an instance looks whether another instance published or withdrew an item.
    public TimeSpan PublishedCheckInterval { get; set; } = TimeSpan.FromSeconds(30);
}

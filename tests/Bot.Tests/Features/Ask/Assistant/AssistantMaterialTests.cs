using KommunalBot.Bot.Features.Ask.Assistant;
using KommunalBot.Bot.Tests.TestHost;
using KommunalBot.Knowledge;
using KommunalBot.Knowledge.Content;

namespace KommunalBot.Bot.Tests.Features.Ask.Assistant;

/// The prompt material for answers from the real knowledge base in knowledge/.
public sealed class AssistantMaterialTests
{
    private static readonly Lazy<KnowledgeBase> Knowledge =
        new(() => KnowledgeBase.Create(KnowledgeLoader.Load(Path.Combine(RepoPaths.Root, "knowledge"), LoadMode.Lenient)));

    [Theory]
    [InlineData("Welche Fachverfahren sind mit Wohngeld kompatibel?")]
    [InlineData("Wie kommt der BAföG-Antrag bei uns an?")]
    [InlineData("Was ist Dataclearing NRW?")]
    public void Build_RealAnswer_NumbersConsecutivelyAndEverySourceHasMaterial(string question)
    {
        var answer = Knowledge.Value.Answer(question);

        var material = AssistantMaterial.Build(answer, maxPassages: 5);

        Assert.NotEmpty(material);
        Assert.Equal(Enumerable.Range(1, material.Count), material.Select(m => m.Number));
        Assert.All(material, m => Assert.True(m.Facts.Count + m.Passages.Count > 0 && m.Snippet is { Length: > 0 }));
        Assert.All(material, m => Assert.Contains(answer.Sources, s => s.Url == m.Url));
    }
}

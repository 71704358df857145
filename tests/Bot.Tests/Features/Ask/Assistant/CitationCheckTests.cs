using KommunalBot.Bot.Features.Ask.Assistant;

namespace KommunalBot.Bot.Tests.Features.Ask.Assistant;

public sealed class CitationCheckTests
{
    private static readonly IReadOnlyList<MaterialSource> Material = AssistantMaterial.Build(TestAnswers.Wohngeld(), maxPassages: 5);

    [Fact]
    public void Check_GroupedCitation_RewrittenForTeamsAndBothCited()
    {
        var result = Assert.IsType<CitationCheckResult.Accepted>(CitationCheck.Check(" Über FIT-Connect [1, 2]. ", Material));

        Assert.Equal("Über FIT-Connect [1][2].", result.Answer.Text);
        Assert.Equal([1, 2], result.Answer.Citations.Select(c => c.Number));
    }

    [Theory]
    [InlineData(null, "empty-output")]
    [InlineData("Kein Beleg.", "no-citation")]
    [InlineData("Beleg [1] und [2, 7].", "unknown-citation")]
    [InlineData("Beleg [99999999999].", "unknown-citation")]
    public void Check_InvalidOutput_RejectedWithReason(string? output, string reason) =>
        Assert.Equal(reason, Assert.IsType<CitationCheckResult.Rejected>(CitationCheck.Check(output, Material)).Reason);

    [Fact]
    public void Build_Wohngeld_NumbersSourcesWithTheirFactsAndPassages()
    {
        Assert.Equal(2, Material.Count);
        Assert.Equal((1, TestAnswers.SteckbriefUrl), (Material[0].Number, Material[0].Url));
        Assert.Equal(["Fachverfahren: " + TestAnswers.FactText], Material[0].Facts);
        Assert.Equal("Der Antrag wird per FIT-Connect übermittelt.", Material[0].Snippet);
        Assert.Equal((2, TestAnswers.FaqUrl), (Material[1].Number, Material[1].Url));
        Assert.Equal(TestAnswers.FaqPassage, Material[1].Snippet);
    }

    [Fact]
    public void Build_MaxPassagesOne_SourceWithoutMaterialLeftOut()
    {
        var material = AssistantMaterial.Build(TestAnswers.Wohngeld(), maxPassages: 1);

        Assert.Equal([TestAnswers.SteckbriefUrl], material.Select(m => m.Url));
    }
}

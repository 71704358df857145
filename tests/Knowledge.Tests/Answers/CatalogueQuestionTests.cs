using KommunalBot.Knowledge.Content;

namespace KommunalBot.Knowledge.Tests.Answers;

public sealed class CatalogueQuestionTests
{
    // The same service as an OZG row and as a LeiKa row, with the same words: only the type prior decides.
    private static readonly KnowledgeBase Kb = new([
        new KnowledgeDocument { Id = "ozg-1", Type = DocumentType.OzgLeistung, Title = "Parkausweis Anwohner", Body = "Schlüssel und Rechtsgrundlage." },
        new KnowledgeDocument { Id = "leika-1", Type = DocumentType.LeikaLeistung, Title = "Parkausweis Anwohner", Body = "Schlüssel und Rechtsgrundlage." },
    ]);

    [Theory]
    [InlineData("parkausweis anwohner leika schlüssel?")]
    [InlineData("Welche LeiKa-Rechtsgrundlage hat der Anwohnerparkausweis")]
    public void Answer_QuestionNamesLeika_RanksLeikaRowFirst(string question) =>
        Assert.Equal("leika-1", Kb.Answer(question).Hits[0].Document.Id);

    [Fact]
    public void Answer_QuestionNamesOzg_RanksOzgRowFirst() =>
        Assert.Equal("ozg-1", Kb.Answer("OZG-ID und Rechtsgrundlage für den Parkausweis Anwohner?").Hits[0].Document.Id);
}

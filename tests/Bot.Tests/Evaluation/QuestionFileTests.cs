namespace KommunalBot.Bot.Tests.Evaluation;

public sealed class QuestionFileTests
{
    [Fact]
    public void Parse_AllFields_ReadsThemAndSkipsBlankLines()
    {
        var questions = QuestionFile.Parse(
        [
            """{"id":"test-150","q":"und wer betreibt das?","kind":"followup","answerable":true,"previous":"Welche Fachverfahren gehen mit Wohngeld?","facts":["Dataport"]}""",
            "",
            """{"id":"test-151","q":"Welches Fachverfahren?","kind":"faq","answerable":true,"facts":[],"expected":"einbuergerung"}""",
        ], "test.jsonl");

        Assert.Equal(2, questions.Count);
        Assert.Equal("Welche Fachverfahren gehen mit Wohngeld?", questions[0].Previous);
        Assert.Equal(["Dataport"], questions[0].Facts);
        Assert.Equal("einbuergerung", questions[1].Expected);
    }

    [Theory]
    [InlineData("""{"id":"x","q":"?","kind":"faq","answerable":true,"facts":["(unclosed"]}""", "no valid .NET regex")]
    [InlineData("""{"id":"x","q":"?","kind":"faq","answerable":true,"facts":[]}""", "neither facts nor an expected document")]
    [InlineData("""{"id":"x","q":"?","kind":"unknown","answerable":false,"facts":["Dataport"]}""", "never be graded")]
    [InlineData("""{"id":"x","q":"?","kind":"trivia","answerable":false,"facts":[]}""", "kind \"trivia\"")]
    [InlineData("""{"id":"x","q":"?","kind":"unknown","facts":[]}""", "answerable")]
    [InlineData("""{"id":"x","q":null,"kind":"unknown","answerable":false}""", "q")]
    public void Parse_QuestionThatCannotBeGradedAsWritten_IsRefusedWithFileAndLine(string line, string problem)
    {
        var e = Assert.Throws<InvalidDataException>(() => QuestionFile.Parse(["", line], "test.jsonl"));

        Assert.Contains("test.jsonl:2", e.Message);
        Assert.Contains(problem, e.Message);
    }

    [Fact]
    public void Parse_DuplicateId_IsRefused()
    {
        var line = """{"id":"test-001","q":"?","kind":"unknown","answerable":false,"facts":[]}""";

        var e = Assert.Throws<InvalidDataException>(() => QuestionFile.Parse([line, line], "test.jsonl"));

        Assert.Contains("test.jsonl:2: test-001: duplicate id", e.Message);
    }

    [Fact]
    public void Read_MissingFile_SaysWhichFile()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "test.jsonl");

        var e = Assert.Throws<FileNotFoundException>(() => QuestionFile.Read(path));

        Assert.Contains(path, e.Message);
    }
}

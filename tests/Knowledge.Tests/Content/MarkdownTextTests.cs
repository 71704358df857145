using KommunalBot.Knowledge.Content;

namespace KommunalBot.Knowledge.Tests.Content;

public sealed class MarkdownTextTests
{
    [Fact]
    public void ToPlain_TableListAndParagraphs_StayReadableAndSeparate()
    {
        const string markdown = """
            Die **Modelle** im [Überblick](https://example.org):

            | Modell | Wer |
            |---|---|
            | FIT-Store | Länder |
            | d-NRW | NRW-Kommunen |

            - erstens
            - zweitens
            """;

        var plain = MarkdownText.ToPlain(markdown);

        Assert.Equal(
            "Die Modelle im Überblick:\n\nModell – Wer\nFIT-Store – Länder\nd-NRW – NRW-Kommunen\n\n• erstens\n• zweitens",
            plain);
    }
}

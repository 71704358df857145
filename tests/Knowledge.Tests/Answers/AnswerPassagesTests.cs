using KommunalBot.Knowledge.Answers;

namespace KommunalBot.Knowledge.Tests.Answers;

/// <summary>
/// The passage an answer card shows from one article: whole lists with their lead-in, the block that fits the question,
/// a second block for a second part of the question, the cap at item boundaries. Fixtures are shaped like the FAQs whose
/// cards lost their lists (faq-fit-store, faq-osci-xta-dvdv, faq-fit-connect-zustellpunkt, faq-efa-marktplatz-registrierung).
/// </summary>
public sealed class AnswerPassagesTests
{
    [Theory]
    [InlineData("Übliche Formen der Einbindung: Übliche Formen der Einbindung: - **Link** …", "Übliche Formen der Einbindung: - **Link** …")]
    [InlineData("… der Einbindung: **Übliche** Formen der Einbindung: Link", "… **Übliche** Formen der Einbindung: Link")]
    [InlineData("Formen der Einbindung: Formen …", "Formen der Einbindung: …")]
    [InlineData("Das kostet nichts. Das kostet etwas.", "Das kostet nichts. Das kostet etwas.")]
    [InlineData("z. B. u. a. nach", "z. B. u. a. nach")]
    public void RepeatedText_Remove_DropsOnlyImmediateRepeats(string text, string expected) =>
        Assert.Equal(expected, RepeatedText.Remove(text));
}

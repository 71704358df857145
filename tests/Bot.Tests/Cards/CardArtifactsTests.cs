using KommunalBot.Bot.Cards;
using KommunalBot.Bot.Resources;

namespace KommunalBot.Bot.Tests.Cards;

/// Writes every card as the bot binds it (German and English, sample data) to artifacts/cards/ as an
/// attachment, for tools/cardcheck/check-cards.sh to validate with the official schema and parser.
public sealed class CardArtifactsTests
{
    [Fact]
    public void Render_EveryCardBothLanguages_WritesArtifacts()
    {
        var renderer = new CardRenderer(new Texts());
        var dir = RepoFiles.Path("artifacts", "cards");
        Directory.CreateDirectory(dir);
        foreach (var card in RepoFiles.CardNames())
        {
            var sample = RepoFiles.Json("cards", card + ".sample.json");
            foreach (var (culture, suffix) in new[] { (Texts.German, ""), (Texts.English, ".en") })
            {
                var attachment = renderer.Attachment(renderer.Render(card, sample, culture));
                var file = Path.Combine(dir, card + suffix + ".json");
                File.WriteAllText(file, attachment.ToJsonString(new() { WriteIndented = true }));
                Assert.True(File.Exists(file));
            }
        }
    }
}

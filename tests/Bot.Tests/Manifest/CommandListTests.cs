using System.Text.Json.Nodes;
using KommunalBot.Bot.Tests.TestHost;

namespace KommunalBot.Bot.Tests.Manifest;

/// The commands Teams offers in its command menu (manifest/commands.json) are the ones the bot answers.
public sealed class CommandListTests : BotTest
{
    [Fact]
    public void ManifestCommands_AreExactlyTheBotsGermanCommandWords()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "manifest", "commands.json")))!;
        var offered = manifest["commands"]!.AsArray()
            .Where(c => c!["type"]?.GetValue<string>() != "prompt")
            .Select(c => c!["title"]!.GetValue<string>())
            .Order()
            .ToList();
        var words = bot.Services.GetRequiredService<KommunalBot.Bot.Protocol.BotRouter>().CommandWords;
        var english = new[] { "help", "services", "profile", "new", "deliveries", "consulting", "my requests", "drafts", "event", "events" };

        Assert.Equal(offered, words.Except(english).Order().ToList());
    }
}

using System.Text.Json.Nodes;
using KommunalBot.Bot.Tests.TestHost;

namespace KommunalBot.Bot.Tests.Manifest;

/// The commands Teams offers in its command menu (manifest/commands.json) are commands the bot answers, and every
/// command a clerk needs is offered. Teams shows at most 10 commands per scope, so the commands of editors and
/// administrators are on the help card only.
public sealed class CommandListTests : BotTest
{
    /// learn.microsoft.com/microsoftteams/platform/resources/schema/manifest-schema#botscommandlists: "maxItems": 10.
    private const int MaxCommandsPerScope = 10;

    private static readonly string[] English =
        ["help", "services", "profile", "new", "deliveries", "consulting", "my requests", "drafts", "submit", "submissions",
         "subscribe", "unsubscribe", "subscriptions", "announce", "event", "events"];

    private static readonly string[] EditorCommands = ["zustellungen", "entwürfe", "einreichungen", "digest", "ankündigung", "veranstaltung"];

    [Fact]
    public void ManifestCommands_AreTheBotsGermanCommandWordsForClerks()
    {
        var words = bot.Services.GetRequiredService<KommunalBot.Bot.Protocol.BotRouter>().CommandWords;
        var clerks = words.Except(English).Except(EditorCommands).Order().ToList();

        Assert.Equal(clerks, Commands().Select(c => c!["title"]!.GetValue<string>()).Order().ToList());
        Assert.Empty(EditorCommands.Except(words));
    }

    [Fact]
    public void ManifestCommands_FitTeamsLimitInEveryScope()
    {
        var scopes = Commands(includePrompts: true).SelectMany(c => c!["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));

        Assert.All(scopes.GroupBy(s => s), scope => Assert.InRange(scope.Count(), 1, MaxCommandsPerScope));
    }

    private static IEnumerable<JsonNode?> Commands(bool includePrompts = false) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "manifest", "commands.json")))!["commands"]!.AsArray()
            .Where(c => includePrompts || c!["type"]?.GetValue<string>() != "prompt");
}

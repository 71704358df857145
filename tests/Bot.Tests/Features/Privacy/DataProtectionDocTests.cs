using System.Text.RegularExpressions;
using KommunalBot.Bot.Storage;
using KommunalBot.Bot.Tests.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace KommunalBot.Bot.Tests.Features.Privacy;

/// docs/data-protection.md lists every record type the bot stores; a feature that stores a new one fails here.
public sealed partial class DataProtectionDocTests : BotTest
{
    protected override Dictionary<string, string?> Settings => PersonalDataScenario.Settings;

    [Fact]
    public async Task EveryRecordTypeTheFeaturesStore_IsListedInTheDocument()
    {
        await PersonalDataScenario.RunAsync(bot, new TestPerson());
        await bot.SendAsync(bot.Activity().Message("dienste"));
        await bot.SendAsync(bot.Activity().Message("hilfe"));
        await bot.SendAsync(bot.Activity().Message("neu"));
        var documented = DocumentedPrefixes();

        var stored = new SortedSet<string>(StringComparer.Ordinal);
        await foreach (var document in bot.Services.GetRequiredService<IDocumentStore>().ListAsync("", CancellationToken.None))
        {
            stored.Add(FixedPrefix(document.Key));
        }

        Assert.NotEmpty(stored);
        Assert.All(stored, prefix => Assert.True(documented.Contains(prefix), $"records under '{prefix}' are not listed in docs/data-protection.md"));
    }

    /// The literal start of each key scheme in the document's table: `ask/person/{personKey}/…` gives "ask/person/".
    private static HashSet<string> DocumentedPrefixes()
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "data-protection.md"));
        return [.. KeySchemeCell().Matches(text).Select(m => m.Groups[1].Value[..m.Groups[1].Value.IndexOf('{')])];
    }

    /// The leading segments of a key that are words (not ids, names or escaped values), e.g. "ask/question/".
    private static string FixedPrefix(string key)
    {
        var segments = key.Split('/');
        var words = segments.Take(segments.Length - 1).TakeWhile(s => Word().IsMatch(s));
        return string.Concat(words.Select(s => s + "/"));
    }

    [GeneratedRegex(@"^\| `([a-z/\-]+/\{[^`]*)` \|", RegexOptions.Multiline)]
    private static partial Regex KeySchemeCell();

    [GeneratedRegex("^[a-z]+(-[a-z]+)*$")]
    private static partial Regex Word();
}

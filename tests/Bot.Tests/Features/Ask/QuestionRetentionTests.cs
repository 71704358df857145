using KommunalBot.Bot.Features.Ask;
using KommunalBot.Bot.Storage;
using KommunalBot.Bot.Tests.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace KommunalBot.Bot.Tests.Features.Ask;

/// Storage limitation: questions go with their asker links after the retention period, follow-up contexts
/// once they no longer answer a follow-up.
public sealed class QuestionRetentionTests : BotTest
{
    [Fact]
    public async Task Purge_AfterTheRetentionPeriod_DeletesQuestionsWithTheirAskerLinks()
    {
        await bot.SendAsync(bot.Activity().Message("Was kostet die Nachnutzung der EfA Einbürgerung?"));
        await bot.SendAsync(bot.Activity().InChannel().MentionMessage("Über welchen Transportweg kommen Wohngeld-Anträge in die Behörde?"));
        // Half a year later, without firing half a year of job timers one by one (the purge is called directly).
        bot.Clock.AdjustTime(bot.Clock.GetUtcNow() + TimeSpan.FromDays(181));

        await bot.Services.GetRequiredService<QuestionRetention>().PurgeAsync(CancellationToken.None);

        Assert.Empty(await KeysAsync("ask/"));
    }

    [Fact]
    public async Task Purge_AfterTheContextTimeout_DeletesFollowUpContextsOnly()
    {
        await bot.SendAsync(bot.Activity().Message("Was kostet die Nachnutzung der EfA Einbürgerung?"));
        await bot.SendAsync(bot.Activity().InChannel().MentionMessage("Über welchen Transportweg kommen Wohngeld-Anträge in die Behörde?"));
        Assert.Equal(2, (await KeysAsync("ask/context/")).Count);
        bot.Clock.Advance(TimeSpan.FromMinutes(31));

        await bot.Services.GetRequiredService<QuestionRetention>().PurgeAsync(CancellationToken.None);

        Assert.Empty(await KeysAsync("ask/context/"));
        Assert.Equal(2, (await KeysAsync("ask/question/")).Count);
    }

    private async Task<List<string>> KeysAsync(string prefix)
    {
        var keys = new List<string>();
        await foreach (var document in bot.Services.GetRequiredService<IDocumentStore>().ListAsync(prefix, CancellationToken.None))
        {
            keys.Add(document.Key);
        }

        return keys;
    }
}

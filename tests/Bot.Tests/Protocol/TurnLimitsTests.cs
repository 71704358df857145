using System.Diagnostics;
using System.Net;
using KommunalBot.Bot.Tests.TestHost;

namespace KommunalBot.Bot.Tests.Protocol;

/// One person or tenant cannot make the bot work without bound: replays, floods and huge messages.
public sealed class TurnLimitsTests : BotTest
{
    // No refill within a test: the burst alone decides.
    protected override Dictionary<string, string?> Settings => new()
    {
        ["Bot:UserBurst"] = "3",
        ["Bot:UserInterval"] = "01:00:00",
    };

    [Fact]
    public async Task SameActivitySentThreeTimes_IsAnsweredOnce()
    {
        var activity = bot.Activity().Message("hilfe");

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await bot.SendAsync(activity)).StatusCode);
        }

        Assert.Single(bot.Channel.Messages);
    }

    [Fact]
    public async Task SameActivityIdAfterTheWindow_IsProcessedAgain()
    {
        var activity = bot.Activity().Message("hilfe");
        await bot.SendAsync(activity);

        bot.Clock.Advance(TimeSpan.FromMinutes(11));
        await bot.SendAsync(activity);

        Assert.Equal(2, bot.Channel.Messages.Count);
    }

    [Fact]
    public async Task SameActivityIdInAnotherConversation_IsNotADuplicate()
    {
        var personal = bot.Activity().Message("hilfe");
        var channel = bot.Activity().InChannel().MentionMessage("hilfe");
        channel["id"] = personal["id"]!.GetValue<string>();

        await bot.SendAsync(personal);
        await bot.SendAsync(channel);

        Assert.Equal(2, bot.Channel.Messages.Count);
    }

    [Fact]
    public async Task UserOverTheBurst_GetsOneFriendlyNoteAndNoFurtherAnswers()
    {
        for (var i = 0; i < 6; i++)
        {
            await bot.SendAsync(bot.Activity().Message("hilfe"));
        }

        var messages = bot.Channel.Messages;
        Assert.Equal(4, messages.Count);
        Assert.Equal(3, messages.Count(m => m.Card is not null));
        Assert.Contains("sehr schnell", messages[3].Text);
    }

    [Fact]
    public async Task AnotherUserOfTheSameTenant_IsNotSlowedByTheFirst()
    {
        for (var i = 0; i < 4; i++)
        {
            await bot.SendAsync(bot.Activity().Message("hilfe"));
        }

        var other = bot.Activity().Message("hilfe");
        other["from"]!["id"] = "29:1-user-max";
        await bot.SendAsync(other);

        Assert.Equal(4, bot.Channel.Messages.Count(m => m.Card is not null));
    }

    [Theory]
    [InlineData("steckbrief ")]
    [InlineData("")]
    public async Task MessageOf28000Characters_GetsAShortHintWithin100Ms(string command)
    {
        var text = command + string.Concat(Enumerable.Repeat("Wohngeld digital ", 28_000 / 17));
        await bot.SendAsync(bot.Activity().Message("hilfe")); // warm-up: first-call costs are not the input's

        var best = TimeSpan.MaxValue;
        for (var i = 0; i < 2; i++)
        {
            var watch = Stopwatch.StartNew();
            var response = await bot.SendAsync(bot.Activity().Message(text));
            best = watch.Elapsed < best ? watch.Elapsed : best;
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.True(best < TimeSpan.FromMilliseconds(100), $"took {best.TotalMilliseconds} ms");
        var hint = bot.Channel.Messages[^1].Text!;
        Assert.Contains("zu lang", hint);
        Assert.True(hint.Length < 300);
    }

    [Fact]
    public async Task CardActionWithUmlautsSentAsJsonEscapes_IsMeasuredInCharacters()
    {
        var data = new System.Text.Json.Nodes.JsonObject { ["reason"] = new string('ä', 1_000) }; // 6,000 characters as \u00e4

        var response = await bot.SendAsync(bot.Activity().Execute("ask.feedback", data));

        Assert.DoesNotContain("zu lang", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task CardActionWithAnOversizedField_IsRefusedWithAFriendlyMessage()
    {
        var data = new System.Text.Json.Nodes.JsonObject { ["serviceId"] = new string('x', 100_000) };

        var response = await bot.SendAsync(bot.Activity().Execute("ask.steckbrief", data));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("zu lang", await response.Content.ReadAsStringAsync());
        Assert.Empty(bot.Channel.Messages);
    }
}

using KommunalBot.Bot.Features.Broadcast;
using KommunalBot.Bot.Tests.TestHost;
using static KommunalBot.Bot.Tests.Features.Broadcast.BroadcastFixture;

namespace KommunalBot.Bot.Tests.Features.Broadcast;

/// `abonnieren`, `abbestellen` and `abos` in a channel that is not the team's General channel, and in chats.
public sealed class SubscriptionTests : BotTest
{
    // Wednesday 24.03.2027, 11:00 in Berlin (CET): the next Monday 09:00 is 29.03.2027, after the change to summer time.
    private static readonly DateTimeOffset Wednesday = new(2027, 3, 24, 10, 0, 0, TimeSpan.Zero);

    protected override Dictionary<string, string?> Settings => BroadcastFixture.Settings();

    [Fact]
    public async Task Abonnieren_InANonGeneralChannel_StoresTheChannel_AndConfirmsTheNextDigest()
    {
        bot.Clock.AdjustTime(Wednesday);
        await bot.SendAsync(In(bot).MentionMessage("abonnieren"));

        var form = bot.Channel.Messages[^1].Card;
        Assert.Contains("Neuigkeiten für diesen Kanal abonnieren", Text(form));
        Assert.Equal(("BestPractice,Event,News", "alle", "Monday", "9"), // everything, weekly on Mondays at 09:00, until chosen otherwise
            (InputValue(form, "kinds"), InputValue(form, "region"), InputValue(form, "day"), InputValue(form, "hour")));
        Assert.Contains("Familie & Kind", Text(form)); // the Themenfelder of the knowledge base

        var card = Text(await InvokeAsync(await bot.SendAsync(Save(In(bot), kinds: "BestPractice,Event", topics: "Familie & Kind", region: "Oberbayern"))));

        Assert.Contains("Der nächste Digest kommt am 29.03.2027 09:00 Uhr", card);
        Assert.Contains("jeden Montag um 09:00 Uhr", card);
        var stored = await StoredAsync(bot);
        Assert.NotNull(stored);
        Assert.Equal((Channel, Channel, Team, BotApp.AllowedTenant), // the channel itself, not its thread, and not General
            (stored.ConversationId, stored.Reference.ChannelIdInTeam, stored.Reference.TeamId, stored.TenantId));
        Assert.Equal(["Familie & Kind"], stored.Topics);
        Assert.Equal([BroadcastKind.BestPractice, BroadcastKind.Event], stored.Kinds);
        Assert.Equal(("Oberbayern", ActivityBuilder.UserAadObjectId, Wednesday, Wednesday), (stored.Region, stored.CreatedBy, stored.CreatedUtc, stored.LastDigestUtc));
    }

    [Fact]
    public async Task Abonnieren_Again_IsPrefilledWithTheSubscription_AndSavingChangesIt()
    {
        await SubscribeAsync(bot, kinds: "News", region: "Bayern");

        await bot.SendAsync(In(bot).MentionMessage("abonnieren"));
        var form = bot.Channel.Messages[^1].Card;
        Assert.Equal(("News", "Bayern"), (InputValue(form, "kinds"), InputValue(form, "region")));

        await bot.SendAsync(Save(In(bot), kinds: "Event", frequency: "Monthly", dayOfMonth: "15", hour: "7"));
        var stored = (await StoredAsync(bot))!;
        Assert.Equal((DigestFrequency.Monthly, 15, 7, null), (stored.Frequency, stored.DayOfMonth, stored.Hour, stored.Region));
        Assert.Equal([BroadcastKind.Event], stored.Kinds);
    }

    [Fact]
    public async Task Speichern_WithoutAnythingToReceive_ReturnsTheFormWithTheError_AndStoresNothing()
    {
        var card = Text(await InvokeAsync(await bot.SendAsync(Save(In(bot), kinds: ""))));

        Assert.Contains("Bitte wählen Sie mindestens eines", card);
        Assert.Null(await StoredAsync(bot));
    }

    [Fact]
    public async Task Speichern_WithAValueTheFormDoesNotOffer_IsRefused()
    {
        var card = Text(await InvokeAsync(await bot.SendAsync(Save(In(bot), hour: "25"))));

        Assert.Contains("Diese Auswahl kenne ich nicht", card);
        Assert.Null(await StoredAsync(bot));
    }

    [Fact]
    public async Task Abbestellen_AsksFirst_ThenEndsTheSubscription()
    {
        await SubscribeAsync(bot);

        await bot.SendAsync(In(bot).MentionMessage("abbestellen"));
        Assert.Contains("Abonnement dieses Kanals beenden?", Text(bot.Channel.Messages[^1].Card));
        Assert.NotNull(await StoredAsync(bot)); // nothing ended yet

        var card = Text(await InvokeAsync(await bot.SendAsync(In(bot).Execute(SubscriptionEndActionData.Verb))));

        Assert.Contains("Dieser Kanal bekommt keine Digests und Ankündigungen mehr.", card);
        Assert.Null(await StoredAsync(bot));
    }

    [Fact]
    public async Task Abos_ShowsTheChannelsSubscription_AndEditorsTheTotal()
    {
        await SubscribeAsync(bot, region: "Bayern");
        await SubscribeAsync(bot, "19:channel-other@thread.tacv2", NrwTenant);

        await bot.SendAsync(In(bot).MentionMessage("abos"));
        var member = Text(bot.Channel.Messages[^1].Card);
        await bot.SendAsync(In(bot, objectId: BotApp.EditorObjectId).MentionMessage("abos"));
        var editor = Text(bot.Channel.Messages[^1].Card);

        Assert.Contains("Bayern", member);
        Assert.DoesNotContain("Alle Abonnements", member);
        Assert.Contains("Alle Abonnements: 2 Kanäle und Gruppenchats in 2 Organisationen.", editor);
    }

    [Fact]
    public async Task Abonnieren_InAGroupChat_Works()
    {
        const string chat = "19:groupchat-efa@thread.v2";
        await SubscribeAsync(bot, a => ToGroupChat(a, chat));

        var stored = await StoredAsync(bot, chat);
        Assert.Equal("groupChat", stored?.Reference.ConversationType);
    }

    [Fact]
    public async Task Abonnieren_InThePersonalChat_SaysSubscriptionsAreForChannels()
    {
        await bot.SendAsync(bot.Activity().Message("abonnieren"));

        Assert.Contains("Abonnements gelten für Kanäle und Gruppenchats", bot.Channel.Messages[^1].Text);
    }

    [Fact]
    public async Task AGuest_MayNotSubscribe_NorUnsubscribe()
    {
        await SubscribeAsync(bot);

        await bot.SendAsync(In(bot, objectId: Guest).MentionMessage("abonnieren"));
        Assert.Contains("keine Gäste", bot.Channel.Messages[^1].Text);
        var refused = await InvokeAsync(await bot.SendAsync(In(bot, objectId: Guest).Execute(SubscriptionEndActionData.Verb)));

        Assert.Contains("keine Gäste", refused!.GetValue<string>());
        Assert.NotNull(await StoredAsync(bot));
    }

    [Fact]
    public async Task Subscribe_InEnglish_AnswersInEnglish()
    {
        await bot.SendAsync(In(bot).InLocale("en-US").MentionMessage("subscribe"));

        Assert.Contains("Subscribe this channel to news", Text(bot.Channel.Messages[^1].Card));
    }

    [Fact]
    public async Task PersonalData_ExportsTheSubscriptionsAPersonSaved_AndErasureKeepsThemAnonymised()
    {
        await SubscribeAsync(bot);
        var path = "/admin/personal-data/" + ActivityBuilder.UserAadObjectId;

        var export = await (await bot.AdminAsync(HttpMethod.Get, path, BotApp.AdminObjectId)).Content.ReadAsStringAsync();
        (await bot.AdminAsync(HttpMethod.Delete, path, BotApp.AdminObjectId)).EnsureSuccessStatusCode();

        Assert.Contains("broadcastSubscriptions", export);
        Assert.Contains(Channel, export);
        var kept = await StoredAsync(bot);
        Assert.Equal(SubscriptionPersonalData.ErasedObjectId, kept?.CreatedBy); // the channel keeps its digests
    }
}

using KommunalBot.Bot.Features.Consult;
using KommunalBot.Bot.Tests.Features.Delivery;
using KommunalBot.Bot.Tests.TestHost;
using static KommunalBot.Bot.Tests.Features.Consult.ConsultRelayFixture;

namespace KommunalBot.Bot.Tests.Features.Consult;

/// Every step of a request reaches the right 1:1 chat through Delivery: the clerk's, and the assignee's when someone
/// else assigned it.
public sealed class ConsultNotificationTests : BotTest
{
    protected override Dictionary<string, string?> Settings => ConsultRelayFixture.Settings();

    [Fact]
    public async Task AssignAnswerStatusClose_EachReachesTheClerk_AndTheAssigneeLearnsOfTheAssignment()
    {
        await InstallAllAsync(bot);
        var request = await CreateAsync(bot);

        await MoveAsync(bot, request.Id, BerndActor, ConsultActionKind.Assign, target: Anna, targetName: "Anna Beraterin");
        await DeliveryFixture.SettledAsync(bot, $"consult-{request.Id}-h1");
        await DeliveryFixture.SettledAsync(bot, $"consult-{request.Id}-h1-assignee");

        var assigned = Assert.Single(PostsIn(bot, ClerkChat));
        Assert.Contains(request.Id, assigned.Text);
        Assert.Contains("Anna Beraterin", assigned.Text);
        Assert.Equal($"{request.Id}: übernommen von Anna Beraterin", Summary(assigned));
        var toAnna = Assert.Single(PostsIn(bot, ChatOf(AnnaActor)));
        Assert.Contains("Bernd Berater hat Ihnen die Beratungsanfrage", toAnna.Text);
        Assert.Empty(PostsIn(bot, ChatOf(BerndActor)));

        await MoveAsync(bot, request.Id, AnnaActor, ConsultActionKind.Answer, "Welche Version von OK.FIS nutzen Sie?");
        await DeliveryFixture.SettledAsync(bot, $"consult-{request.Id}-h2");
        var answer = PostsIn(bot, ClerkChat)[^1];
        Assert.Contains($"**Anna Beraterin** antwortet auf Ihre Anfrage **{request.Id}**", answer.Text);
        Assert.Contains("Welche Version von OK.FIS nutzen Sie?", answer.Text);

        await MoveAsync(bot, request.Id, AnnaActor, ConsultActionKind.SetStatus, to: ConsultStatus.InBearbeitung);
        await DeliveryFixture.SettledAsync(bot, $"consult-{request.Id}-h3");
        Assert.Contains("neuen Status: in Bearbeitung", PostsIn(bot, ClerkChat)[^1].Text);

        await MoveAsync(bot, request.Id, AnnaActor, ConsultActionKind.Close, "Schnittstelle XWohngeld in OK.FIS 5.2 einrichten.");
        await DeliveryFixture.SettledAsync(bot, $"consult-{request.Id}-h4");
        var closed = PostsIn(bot, ClerkChat)[^1];
        Assert.Contains("Schnittstelle XWohngeld in OK.FIS 5.2 einrichten.", closed.Text);
        Assert.Contains("meine anfragen", closed.Text);

        Assert.Equal(4, PostsIn(bot, ClerkChat).Count); // one message per step, none twice
        Assert.Single(PostsIn(bot, ChatOf(AnnaActor)));
    }

    [Fact]
    public async Task Claim_TellsTheClerk_ButNotTheAdvisorWhoClaimed()
    {
        await InstallAllAsync(bot);
        var request = await CreateAsync(bot);

        await MoveAsync(bot, request.Id, AnnaActor, ConsultActionKind.Claim);
        await DeliveryFixture.SettledAsync(bot, $"consult-{request.Id}-h1");

        Assert.Contains("Anna Beraterin", Assert.Single(PostsIn(bot, ClerkChat)).Text);
        Assert.Null(await bot.Services.GetRequiredService<KommunalBot.Bot.Features.Delivery.IOutbox>().ReportAsync($"consult-{request.Id}-h1-assignee", CancellationToken.None));
        Assert.Empty(PostsIn(bot, ChatOf(AnnaActor)));
    }

    [Fact]
    public async Task ObserverCalledAgain_ForTheSameChange_SendsNothingNew()
    {
        await InstallAllAsync(bot);
        var request = await CreateAsync(bot);
        var moved = Assert.IsType<MoveOutcome.Moved>(await MoveAsync(bot, request.Id, AnnaActor, ConsultActionKind.Answer, "Welche Version?"));
        await DeliveryFixture.SettledAsync(bot, $"consult-{request.Id}-h1");

        var observer = bot.Services.GetServices<IConsultObserver>().OfType<NotificationObserver>().Single();
        await observer.OnMovedAsync(request, moved.Request, moved.Entry, CancellationToken.None); // e.g. after a restart
        await DeliveryFixture.SettledAsync(bot, $"consult-{request.Id}-h1");

        Assert.Single(PostsIn(bot, ClerkChat));
    }
}

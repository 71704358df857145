using System.Text.Json.Nodes;
using KommunalBot.Bot.Features.Consult;
using KommunalBot.Bot.Features.Delivery;
using KommunalBot.Bot.Tests.Features.Delivery;
using KommunalBot.Bot.Tests.TestHost;

namespace KommunalBot.Bot.Tests.Features.Consult;

/// The request's card in the advisors' channel and its buttons, driven as Teams does: invokes over HTTP, the card
/// posted and edited by Delivery on the bot's clock.
public sealed class AdvisorCardTests : AdvisorTest
{
    [Fact]
    public async Task ANewRequest_IsPostedIntoTheBoundChannel_AsANewThread_WithItsSummary()
    {
        await BindAsync();

        var request = await CreateAsync();
        var post = await PostedCardAsync(request.Id);

        Assert.Equal($"Neue Beratungsanfrage {request.Id}: Transportweg und Datenübermittlung", post.Body!["summary"]!.GetValue<string>());
        var card = post.Card!;
        Assert.Contains("Wie binden wir den EfA-Dienst Wohngeld", Readable(card));
        Assert.Empty(Verbs(card)); // the copy everyone sees has no buttons: members get theirs through the refresh
        Assert.Equal(new[] { Anna, Bernd, Carla }.Select(UserId), card["refresh"]!["userIds"]!.AsArray().Select(u => u!.GetValue<string>()));
    }

    [Fact]
    public async Task Claim_AnswersWithTheUpdatedCard_AndTheThreadsCardIsEditedForEveryone()
    {
        await BindAsync();
        var request = await CreateAsync();
        await PostedCardAsync(request.Id);
        var postedId = (await bot.Services.GetRequiredService<IOutbox>().FindAsync(AdvisorCards.ContentId(request.Id), ActivityBuilder.ChannelId, CancellationToken.None))!.ActivityId;

        var card = Card(await PressAsync(InAdvisorChannel(Anna), "consult.claim", request.Id));

        Assert.Contains("Anna Beraterin", Readable(card));
        Assert.DoesNotContain("consult.claim", Verbs(card));
        Assert.Contains("consult.answer", Verbs(card));
        await DeliveryFixture.UntilAsync(bot, () => bot.Channel.ConnectorCalls.Any(c => c.Method == "PUT"));
        var edit = Assert.Single(bot.Channel.ConnectorCalls, c => c.Method == "PUT");
        Assert.EndsWith("/activities/" + postedId, edit.Path);
        Assert.Contains("Zugewiesen", Readable(edit.Card));
        Assert.Contains("Anna Beraterin", Readable(edit.Card));
        Assert.Empty(Verbs(edit.Card!));
        Assert.Equal($"{ActivityBuilder.ChannelId};messageid={postedId}", (await StoredAsync(request.Id)).ThreadConversationId); // where relay and escalation post
    }

    [Fact]
    public async Task TwoAdvisorsClaimAtOnce_OneHasIt_TheOtherIsToldWho()
    {
        await BindAsync();
        var request = await CreateAsync();

        var bodies = await Task.WhenAll(
            PressAsync(InAdvisorChannel(Anna), "consult.claim", request.Id),
            PressAsync(InAdvisorChannel(Bernd), "consult.claim", request.Id));

        var stored = await StoredAsync(request.Id);
        var winner = Names[stored.Assignee!];
        var loser = Assert.Single(bodies, b => b["type"]!.GetValue<string>() == "application/vnd.microsoft.activity.message");
        Assert.Equal($"Bereits übernommen von {winner}.", Message(loser));
        Assert.Single(bodies, b => b["type"]!.GetValue<string>() == "application/vnd.microsoft.card.adaptive");
        Assert.Single(stored.History, h => h.Kind == ConsultActionKind.Claim);
    }

    [Fact]
    public async Task AssignToAColleague_ShowsTheColleaguesName()
    {
        await BindAsync();
        var request = await CreateAsync();
        await PressAsync(InAdvisorChannel(Anna), "consult.claim", request.Id);

        var card = Card(await PressAsync(InAdvisorChannel(Anna), "consult.assign", request.Id, new JsonObject { ["assignee"] = Bernd }));

        var stored = await StoredAsync(request.Id);
        Assert.Equal((Bernd, "Bernd Berater"), (stored.Assignee, stored.AssigneeName));
        Assert.Contains("Bernd Berater", Readable(card));
        Assert.Equal("Bernd Berater", stored.History[^1].Detail);
    }

    [Fact]
    public async Task Close_NeedsAResolution_ThenClosesWithIt_AndReopens()
    {
        await BindAsync();
        var request = await CreateAsync();
        await PressAsync(InAdvisorChannel(Anna), "consult.claim", request.Id);

        var empty = Message(await PressAsync(InAdvisorChannel(Anna), "consult.close", request.Id, new JsonObject { ["resolution"] = "  " }));
        var closed = Card(await PressAsync(InAdvisorChannel(Anna), "consult.close", request.Id,
            new JsonObject { ["resolution"] = "Über FIT-Connect anbinden; Zustellpunkt beim Landratsamt beantragen." }));
        var reopened = Card(await PressAsync(InAdvisorChannel(Bernd), "consult.reopen", request.Id));

        Assert.Equal("Bitte geben Sie die Lösung an, bevor Sie die Anfrage schließen.", empty);
        Assert.Contains("Über FIT-Connect anbinden", Readable(closed));
        Assert.Contains("Gelöst", Readable(closed));
        Assert.Equal(["consult.reopen", "consult.draft"], Verbs(closed)); // a resolution can become a FAQ draft
        Assert.Contains("In Bearbeitung", Readable(reopened));
        Assert.Equal(ConsultStatus.InBearbeitung, (await StoredAsync(request.Id)).Status);
    }

    [Fact]
    public async Task AForgedClaim_FromAUserOfTheClerksTenant_IsRefused_ChangesNothing_AndShowsInTheHistory()
    {
        await BindAsync();
        var request = await CreateAsync();
        await PostedCardAsync(request.Id);
        // Anna's object id, sent from the clerk's tenant: the card's data and the id are no proof of membership.
        var forger = bot.Activity().From("29:1-mallory", Anna, "Mallory").InChannel();

        var refusal = Message(await PressAsync(forger, "consult.claim", request.Id));

        Assert.Equal("Nur Mitglieder des Beratungspools „baykommun“ können diese Anfrage bearbeiten. Der Versuch ist im Verlauf der Anfrage vermerkt.", refusal);
        var stored = await StoredAsync(request.Id);
        Assert.Equal((ConsultStatus.Neu, null), (stored.Status, stored.Assignee));
        Assert.Equal((ConsultActionKind.Claim, ConsultRefusal.NotAllowed, "Mallory"), (stored.History[^1].Kind, stored.History[^1].Refused, stored.History[^1].ActorName));
        await DeliveryFixture.UntilAsync(bot, () => bot.Channel.ConnectorCalls.Any(c => c.Method == "PUT"));
        Assert.Contains("Mallory · abgelehnt: Übernommen", Readable(bot.Channel.ConnectorCalls.Last(c => c.Method == "PUT").Card));
    }

    [Fact]
    public async Task Refresh_GivesMembersTheirButtons_AndOthersNone()
    {
        await BindAsync();
        var request = await CreateAsync();

        var member = Card(await PressAsync(InAdvisorChannel(Carla), "consult.refresh", request.Id));
        var outsider = Card(await PressAsync(InAdvisorChannel(Outsider), "consult.refresh", request.Id));

        Assert.Equal(["consult.claim", "consult.assign", "consult.answer", "consult.status", "consult.close"], Verbs(member));
        Assert.Contains("Anna Beraterin", Readable(member)); // "Zuweisen an …" by name
        Assert.Empty(Verbs(outsider));
    }
}

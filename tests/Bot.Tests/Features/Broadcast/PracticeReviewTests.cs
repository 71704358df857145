using System.Text.Json.Nodes;
using KommunalBot.Bot.Features.Broadcast;
using KommunalBot.Bot.Features.Broadcast.Practice;
using KommunalBot.Bot.Tests.Features.Delivery;
using KommunalBot.Bot.Tests.TestHost;

namespace KommunalBot.Bot.Tests.Features.Broadcast;

/// From submission to publication over HTTP: the review card reaches the editors' channel through Delivery, an
/// editor decides, the card changes in place, the submitter is told, and a published best practice is found by Ask
/// and waits for the digests.
public sealed class PracticeReviewTests : PracticeTest
{
    private const string Question = "Wie können wir die Hundesteuer-Anmeldung online über FIT-Connect anbieten?";

    [Fact]
    public async Task Freigeben_PublishesIt_TheCardChangesInPlace_TheSubmitterIsTold_AskFindsIt_AndADigestItemWaits()
    {
        await BindEditorsAsync();
        var id = await SubmitAsync();
        var card = await ReviewCardAsync(id);
        Assert.Contains(Summary, Readable(card));
        Assert.Contains("digitalisierung@musterstadt.de", Readable(card));

        var answer = await PressAsync(Eva, card, "publish");

        Assert.Contains("Freigegeben von Eva Redakteurin", Readable(answer));
        Assert.DoesNotContain(PracticeDecisionActionData.Verb, Readable(answer));
        await DeliveryFixture.UntilAsync(bot, () => bot.Channel.ConnectorCalls.Any(c => c.Method == "PUT" && Readable(c.Card).Contains("Freigegeben von Eva Redakteurin")));
        var notice = await NoticeAsync(id, 1);
        Assert.Contains($"Ihre Best Practice {id} „{Title}“ ist freigegeben", notice.Text);
        Assert.Equal(SubmissionState.Published, (await StoredAsync(id)).State);

        await bot.SendAsync(bot.Activity().From("29:1-karl", "c2c2c2c2-0000-4000-8000-0000000000c2", "Karl Kämmerer").Message(Question));
        var found = Readable(bot.Channel.Messages.Last(m => m.ConversationId == "a:1-personal-29:1-karl").Card);
        Assert.Contains(Title, found);
        Assert.Contains("musterstadt.sharepoint.com", found);

        var items = await bot.Services.GetRequiredService<DigestItemStore>().ListAsync(DateTimeOffset.MinValue, bot.Clock.GetUtcNow(), CancellationToken.None);
        var item = Assert.Single(items);
        Assert.Equal((BroadcastKind.BestPractice, Title, "Stadt Musterstadt", "Oberbayern"), (item.Kind, item.Title, item.Organisation, item.Region));
        Assert.Equal(["Familie & Kind", "Bauen & Wohnen"], item.Topics);
    }

    [Fact]
    public async Task Ueberarbeiten_SendsTheFormBackWithTheNote_TheResubmissionIsANewRound_ThenPublished()
    {
        await BindEditorsAsync();
        var id = await SubmitAsync();
        var first = await ReviewCardAsync(id);

        var withoutNote = await PressAsync(Eva, first, "revise");
        Assert.Contains("was überarbeitet werden soll", withoutNote.GetValue<string>());
        Assert.Equal(SubmissionState.Pending, (await StoredAsync(id)).State);

        await PressAsync(Eva, first, "revise", "Bitte nennen Sie das Fachverfahren der Kämmerei.");
        var notice = await NoticeAsync(id, 1);
        var form = notice.Card!;
        Assert.Contains("Bitte nennen Sie das Fachverfahren der Kämmerei.", Readable(form));
        Assert.Contains(Summary, Readable(form));
        var resubmit = ValidInput(id);
        resubmit["summary"] = Summary + " Fachverfahren ist OK.FIS.";
        Assert.Equal(id, await SubmitAsync(resubmit));

        var stored = await StoredAsync(id);
        Assert.Equal((SubmissionState.Pending, 2), (stored.State, stored.Round));
        var second = await ReviewCardAsync(id, round: 2);
        Assert.Contains("OK.FIS", Readable(second));
        Assert.Contains("Runde 2", Readable(second));
        var stale = await PressAsync(Eva, first, "publish");
        Assert.Contains("zeigt eine ältere Fassung", stale.GetValue<string>());

        await PressAsync(Eva, second, "publish");
        Assert.Equal(SubmissionState.Published, (await StoredAsync(id)).State);
        Assert.Contains("ist freigegeben", (await NoticeAsync(id, 2)).Text);
    }

    [Fact]
    public async Task Ablehnen_NeedsAReason_WhichTheSubmitterIsTold()
    {
        await BindEditorsAsync();
        var id = await SubmitAsync();
        var card = await ReviewCardAsync(id);

        var answer = await PressAsync(Eva, card, "reject", "Das Verfahren ist noch nicht im Echtbetrieb.");

        Assert.Contains("Abgelehnt von Eva Redakteurin", Readable(answer));
        Assert.Contains("Das Verfahren ist noch nicht im Echtbetrieb.", Readable(answer));
        var notice = await NoticeAsync(id, 1);
        Assert.Equal($"Ihre Best Practice {id} „{Title}“ wird nicht veröffentlicht. Begründung der Redaktion: Das Verfahren ist noch nicht im Echtbetrieb.", notice.Text);
        Assert.Equal(SubmissionState.Rejected, (await StoredAsync(id)).State);
        Assert.Empty(await bot.Services.GetRequiredService<DigestItemStore>().ListAsync(DateTimeOffset.MinValue, bot.Clock.GetUtcNow(), CancellationToken.None));
    }

    [Fact]
    public async Task Freigeben_ByAMemberWhoIsNoEditor_ChangesNothing()
    {
        await BindEditorsAsync();
        var id = await SubmitAsync();
        var card = await ReviewCardAsync(id);

        var answer = await PressAsync(InEditorChannel("29:1-max", Max, "Max Mitglied"), card, "publish");

        Assert.Equal("Einreichungen prüfen nur Redakteurinnen und Redakteure.", answer.GetValue<string>());
        Assert.Equal((SubmissionState.Pending, 0), ((await StoredAsync(id)).State, (await StoredAsync(id)).Decisions.Count));
    }

    [Fact]
    public async Task TwoEditorsDecidingAtOnce_ExactlyOneWins_TheOtherIsToldWhoDecided()
    {
        await BindEditorsAsync();
        var id = await SubmitAsync();
        var card = await ReviewCardAsync(id);
        var bernd = InEditorChannel("29:1-bernd", Bernd, "Bernd Redakteur");

        var answers = await Task.WhenAll(
            PressAsync(Eva, card, "publish"),
            PressAsync(bernd, card, "reject", "Doppelt eingereicht."));

        var stored = await StoredAsync(id);
        var winner = Assert.Single(stored.Decisions);
        var lost = answers.Single(a => a.GetValueKind() == System.Text.Json.JsonValueKind.String).GetValue<string>();
        Assert.Contains($"Über {id} ist schon entschieden: {winner.ByName} hat sie am", lost);
        Assert.Single(answers, a => a.GetValueKind() == System.Text.Json.JsonValueKind.Object);
        Assert.Equal(winner.Decision == ReviewDecision.Publish ? SubmissionState.Published : SubmissionState.Rejected, stored.State);
    }

    [Fact]
    public async Task AnEditorLimitedToNrw_MayNotDecideOnABavarianSubmission()
    {
        await BindEditorsAsync();
        var id = await SubmitAsync();
        var card = await ReviewCardAsync(id);

        var answer = await PressAsync(InEditorChannel("29:1-nina", Nina, "Nina Redakteurin"), card, "publish");

        Assert.Contains("Sie sind Redakteurin oder Redakteur für NRW", answer.GetValue<string>());
        Assert.Equal(SubmissionState.Pending, (await StoredAsync(id)).State);
    }

    [Fact]
    public async Task Einreichungen_ShowsAnEditorThePendingOnes_AndAChannelBoundLaterGetsTheirCards()
    {
        var id = await SubmitAsync(); // no editors' channel yet
        Assert.Contains(bot.Logs.Entries, e => e.EventId == 2852);

        await bot.SendAsync(bot.Activity().From("29:1-eva", BotApp.EditorObjectId, "Eva Redakteurin").Message("einreichungen"));
        var listed = bot.Channel.Messages.Last(m => m.ConversationId == "a:1-personal-29:1-eva");
        Assert.Contains(Title, Readable(listed.Card));
        await bot.SendAsync(bot.Activity().From("29:1-max", Max, "Max Mitglied").Message("einreichungen"));
        Assert.Equal("Einreichungen prüfen nur Redakteurinnen und Redakteure.", bot.Channel.Messages.Last(m => m.ConversationId == "a:1-personal-29:1-max").Text);

        await BindEditorsAsync();
        Assert.Contains("Die wartenden Einreichungen (1) folgen gleich.", bot.Channel.Messages.Last(m => m.Text is not null).Text);
        Assert.Contains(Title, Readable(await ReviewCardAsync(id)));
    }

    [Fact]
    public async Task HierRedaktion_ByAnEditorWhoIsNoAdmin_BindsNothing()
    {
        await bot.SendAsync(Eva.MentionMessage("hier redaktion"));

        Assert.Contains("nur Administratorinnen und Administratoren", bot.Channel.Messages[^1].Text);
        Assert.Null(await bot.Services.GetRequiredService<EditorChannelStore>().GetAsync(CancellationToken.None));
    }
}

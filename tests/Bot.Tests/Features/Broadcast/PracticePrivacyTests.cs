using System.Net;
using System.Text.Json.Nodes;
using KommunalBot.Bot.Features.Broadcast.Practice;
using KommunalBot.Bot.Features.Knowledge;
using KommunalBot.Bot.Tests.TestHost;

namespace KommunalBot.Bot.Tests.Features.Broadcast;

/// DSGVO for submissions: access for the submitter and the editor, erasure (unpublished ones go, published ones lose
/// the person and the contact), and the retention period of decided submissions.
public sealed class PracticePrivacyTests : PracticeTest
{
    private const string PersonalContact = "erika.mustermann@musterstadt.de";

    [Fact]
    public async Task Export_GivesTheSubmitterTheirSubmission_AndTheEditorTheirDecisions()
    {
        var id = await SubmitAsync();
        await PressAsync(Eva, await CardAsync(id), "reject", "Noch nicht im Echtbetrieb.");

        var submitter = (await ExportAsync(ActivityBuilder.UserAadObjectId))["bestPracticeSubmissions"]!.AsArray();
        var editor = (await ExportAsync(BotApp.EditorObjectId))["bestPracticeSubmissions"]!.AsArray();

        var own = Assert.Single(submitter)!;
        Assert.Equal("submitter", own["role"]!.GetValue<string>());
        Assert.Contains(Summary, Readable(own));
        Assert.Contains("Noch nicht im Echtbetrieb.", Readable(own));
        var decided = Assert.Single(editor)!;
        Assert.Equal(("editor", id), (decided["role"]!.GetValue<string>(), decided["id"]!.GetValue<string>()));
        Assert.DoesNotContain(Summary, Readable(decided));
    }

    [Fact]
    public async Task Erasure_OfTheSubmitter_DeletesTheUnpublished_AndTakesNameAndContactOutOfThePublished()
    {
        await BindEditorsAsync();
        var input = ValidInput();
        input["contact"] = PersonalContact;
        var published = await SubmitAsync(input.DeepClone().AsObject());
        await PressAsync(Eva, await ReviewCardAsync(published), "publish");
        await NoticeAsync(published, 1);
        var pending = await SubmitAsync(input.DeepClone().AsObject());
        await ReviewCardAsync(pending);

        var deleted = await bot.AdminAsync(HttpMethod.Delete, "/admin/personal-data/" + ActivityBuilder.UserAadObjectId, BotApp.AdminObjectId);

        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Null(await bot.Services.GetRequiredService<SubmissionStore>().GetAsync(pending, CancellationToken.None));
        var kept = await StoredAsync(published);
        Assert.Equal((SubmissionState.Published, PracticePersonalData.ErasedName, PracticePersonalData.ErasedObjectId, (string?)null),
            (kept.State, kept.SubmitterName, kept.SubmitterObjectId, kept.Contact));
        var document = bot.Services.GetRequiredService<KnowledgeHost>().Knowledge.Get(PracticePublication.ArticleId(published))!;
        var text = string.Concat(document.Summary, document.Body, document.Markdown);
        Assert.Contains("Bearbeitungszeit der Hundesteuer", text);
        Assert.DoesNotContain(PersonalContact, text);
        Assert.Empty(StoreFiles.Find(StoreFiles.Read(bot), [PersonalContact, "Erika Mustermann", ActivityBuilder.UserAadObjectId]));
    }

    [Fact]
    public async Task Erasure_OfTheEditor_AnonymisesTheirDecision_WhichStays()
    {
        var id = await SubmitAsync();
        await PressAsync(Eva, await CardAsync(id), "reject", "Noch nicht im Echtbetrieb.");

        await bot.AdminAsync(HttpMethod.Delete, "/admin/personal-data/" + BotApp.EditorObjectId, BotApp.AdminObjectId);

        var decision = Assert.Single((await StoredAsync(id)).Decisions);
        Assert.Equal((PracticePersonalData.ErasedObjectId, PracticePersonalData.ErasedName, "Noch nicht im Echtbetrieb."), (decision.ByObjectId, decision.ByName, decision.Note));
        Assert.Equal("Erika Mustermann", (await StoredAsync(id)).SubmitterName);
    }

    [Fact]
    public async Task Retention_DeletesSubmissionsDecidedLongerThanTheRetentionAgo_AndKeepsPendingOnes()
    {
        var pending = await SubmitAsync();
        var rejected = await SubmitAsync();
        var published = await SubmitAsync();
        await PressAsync(Eva, await CardAsync(rejected), "reject", "Doppelt.");
        bot.Clock.AdjustTime(bot.Clock.GetUtcNow() + TimeSpan.FromDays(30)); // a month later, without firing its timers
        await PressAsync(Eva, await CardAsync(published), "publish");
        var retention = bot.Services.GetRequiredService<PracticeRetention>();

        // 365 days (the default) after the rejection, without firing a year of daily job timers one by one.
        bot.Clock.AdjustTime(bot.Clock.GetUtcNow() + TimeSpan.FromDays(336));
        var first = await retention.PurgeAsync(CancellationToken.None);
        var afterFirst = await IdsAsync();
        bot.Clock.AdjustTime(bot.Clock.GetUtcNow() + TimeSpan.FromDays(30));
        var second = await retention.PurgeAsync(CancellationToken.None);

        Assert.Equal((1, 1), (first, second));
        Assert.Equal([pending, published], afterFirst);
        Assert.Equal([pending], await IdsAsync());
        Assert.NotNull(bot.Services.GetRequiredService<KnowledgeHost>().Knowledge.Get(PracticePublication.ArticleId(published)));
    }

    /// The review card as `einreichungen` shows it to Eva (no editors' channel needed).
    private async Task<JsonObject> CardAsync(string id)
    {
        await bot.SendAsync(bot.Activity().From("29:1-eva", BotApp.EditorObjectId, "Eva Redakteurin").Message("einreichungen"));
        return bot.Channel.Messages.Last(m => m.ConversationId == "a:1-personal-29:1-eva" && Readable(m.Card).Contains(id)).Card!;
    }

    private async Task<List<string>> IdsAsync()
    {
        var ids = new List<string>();
        await foreach (var submission in bot.Services.GetRequiredService<SubmissionStore>().ListAsync(CancellationToken.None))
        {
            ids.Add(submission.Id);
        }

        return ids;
    }

    private async Task<JsonObject> ExportAsync(string objectId)
    {
        var response = await bot.AdminAsync(HttpMethod.Get, "/admin/personal-data/" + objectId, BotApp.AdminObjectId);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }
}

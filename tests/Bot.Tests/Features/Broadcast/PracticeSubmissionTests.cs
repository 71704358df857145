using System.Text.Json.Nodes;
using KommunalBot.Bot.Features.Broadcast.Practice;
using KommunalBot.Bot.Storage;
using KommunalBot.Bot.Tests.TestHost;

namespace KommunalBot.Bot.Tests.Features.Broadcast;

/// `einreichen` and the form: where it opens, what it checks, and that nothing is stored before the input is valid.
public sealed class PracticeSubmissionTests : PracticeTest
{
    [Fact]
    public async Task Einreichen_InTheOneToOneChat_OpensTheForm_WithTheOrganisationOfTheTenant()
    {
        await bot.SendAsync(Submitter.Message("einreichen"));

        var form = bot.Channel.Messages.Last(m => m.ConversationId == SubmitterChat).Card!;
        Assert.Contains("Best Practice einreichen", Readable(form));
        Assert.Equal("Stadt Musterstadt", Input(form, "organisation")["value"]!.GetValue<string>());
        Assert.Contains("Familie & Kind", Readable(Input(form, "topics")["choices"]));
        Assert.Contains("Oberbayern", Readable(Input(form, "region")["choices"]));
    }

    [Fact]
    public async Task Einreichen_InAChannel_PointsToTheOneToOneChat()
    {
        await bot.SendAsync(bot.Activity().InChannel().MentionMessage("einreichen"));

        Assert.Contains("im persönlichen Chat", bot.Channel.Messages[^1].Text);
    }

    [Fact]
    public async Task Submit_WithFieldErrors_ReturnsTheFormWithTheInputKept_AndStoresNothing()
    {
        var input = ValidInput();
        input["summary"] = "Zu kurz.";
        input["contact"] = "Erika";
        input["links"] = "http://musterstadt.de/alt\nhttps://musterstadt.sharepoint.com/a.pdf";
        input["topics"] = "Kochen";
        input["consent"] = "false";

        var form = await InvokeAsync(Submitter, PracticeSubmitActionData.Verb, input);

        var text = Readable(form);
        Assert.Contains("Bitte prüfen Sie die markierten Felder", text);
        Assert.Contains("mindestens 80 Zeichen schreiben (bisher 8)", text);
        Assert.Contains("E-Mail-Adresse", text);
        Assert.Contains("„http://musterstadt.de/alt“ ist kein https-Link", text);
        Assert.Contains("mindestens ein Themenfeld", text);
        Assert.Contains("Ohne Ihre Einwilligung", text);
        Assert.Equal(("Zu kurz.", "Erika", Title), (Value(form, "summary"), Value(form, "contact"), Value(form, "title")));
        Assert.Equal("http://musterstadt.de/alt\nhttps://musterstadt.sharepoint.com/a.pdf", Value(form, "links"));
        Assert.Empty(await KeysAsync("broadcast/practice"));
    }

    [Theory]
    [InlineData("links", "")]
    [InlineData("links", "https://a.de/1 https://a.de/2 https://a.de/3 https://a.de/4 https://a.de/5 https://a.de/6")]
    [InlineData("contact", "+49 89")]
    [InlineData("region", "Atlantis")]
    [InlineData("title", "Hund")]
    public async Task Submit_WithOneBadField_StoresNothing(string field, string value)
    {
        var input = ValidInput();
        input[field] = value;

        var form = await InvokeAsync(Submitter, PracticeSubmitActionData.Verb, input);

        Assert.Contains("Bitte prüfen Sie die markierten Felder", Readable(form));
        Assert.Empty(await KeysAsync("broadcast/practice"));
    }

    [Fact]
    public async Task Submit_Valid_StoresThePendingSubmission_AndConfirmsWithItsId()
    {
        var input = ValidInput();
        input["contact"] = "+49 89 1234-567";
        input["region"] = "alle";

        var id = await SubmitAsync(input);

        var year = TimeZoneInfo.ConvertTime(bot.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin")).Year;
        Assert.Equal($"BP-{year}-0001", id);
        var stored = await StoredAsync(id);
        Assert.Equal((SubmissionState.Pending, 1, ActivityBuilder.UserAadObjectId, "Erika Mustermann", null, "+49 89 1234-567"),
            (stored.State, stored.Round, stored.SubmitterObjectId, stored.SubmitterName, stored.Region, stored.Contact));
        Assert.Equal(["Familie & Kind", "Bauen & Wohnen"], stored.Topics);
    }

    [Fact]
    public async Task Submit_FromATenantNotOnTheAllowList_StoresNothing()
    {
        var outsider = bot.Activity().InTenant("99999999-0000-4000-8000-000000000099");

        await bot.SendAsync(outsider.Execute(PracticeSubmitActionData.Verb, ValidInput()));

        Assert.Empty(await KeysAsync("broadcast/practice"));
    }

    private static JsonObject Input(JsonNode card, string id) =>
        card["body"]!.AsArray().Select(n => n!.AsObject()).First(n => (string?)n["id"] == id);

    private static string Value(JsonNode card, string id) => Input(card, id)["value"]!.GetValue<string>();

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

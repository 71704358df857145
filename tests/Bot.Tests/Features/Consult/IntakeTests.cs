using System.Text.Json.Nodes;
using KommunalBot.Bot.Features.Consult;
using KommunalBot.Bot.Tests.TestHost;

namespace KommunalBot.Bot.Tests.Features.Consult;

/// A clerk asks for consulting in Teams: the form from `beratung` or from an answer card, its field errors, and the
/// confirmation with the request's readable id.
public sealed class IntakeTests : ClerkTest
{
    [Fact]
    public async Task Beratung_OpensTheForm_PrefilledFromTheTenantsAllowListEntry()
    {
        await bot.SendAsync(bot.Activity().Message("beratung"));

        var form = Assert.Single(bot.Channel.Messages).Card!;
        var json = Text(form);
        Assert.Contains("consult.submit", json);
        Assert.Equal("Stadt Musterstadt", Input(form, "organisation")["value"]!.GetValue<string>());
        Assert.Equal("Bayern", Input(form, "region")["value"]!.GetValue<string>());
        Assert.Equal(6, Input(form, "topic")["choices"]!.AsArray().Count);
        Assert.Contains("https://www.baykommun.bayern/datenschutz", json);
    }

    [Fact]
    public async Task Beratung_WithText_PrefillsTheDescription_AndOrganisationComesFromTheLastRequest()
    {
        var input = ValidInput();
        input["organisation"] = "Stadt Musterstadt, Bürgeramt";
        await InvokeAsync(bot.Activity(), "consult.submit", input);

        await bot.SendAsync(bot.Activity().Message("beratung Unser Wohngeld-Fachverfahren bekommt keine Anträge"));

        var form = bot.Channel.Messages[^1].Card!;
        Assert.Equal("Stadt Musterstadt, Bürgeramt", Input(form, "organisation")["value"]!.GetValue<string>());
        Assert.Equal("Unser Wohngeld-Fachverfahren bekommt keine Anträge", Input(form, "description")["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task ConsultButton_OnAnAnswerCard_OpensTheFormBelowWithTheQuestion_AndTheRequestKeepsWhatTheClerkSaw()
    {
        const string question = "Über welchen Transportweg kommen Wohngeld-Anträge in die Behörde?";
        await bot.SendAsync(bot.Activity().Message(question));
        var answer = bot.Channel.Messages[^1].Card!;

        var opened = await InvokeAsync(bot.Activity(), "consult.form", ButtonData(answer, "consult.form"));

        Assert.Equal("Das Anfrageformular steht unten im Chat.", opened.GetValue<string>()); // the answer card stays
        var form = bot.Channel.Messages[^1].Card!;
        Assert.Contains(question, Text(form));
        var submit = ButtonData(form, "consult.submit");
        foreach (var (key, value) in ValidInput())
        {
            submit[key] = value?.DeepClone();
        }

        var confirmation = await InvokeAsync(bot.Activity(), "consult.submit", submit);

        var id = $"BK-{Year(bot)}-0001";
        Assert.Contains(id, Text(confirmation));
        var stored = await StoredAsync(id);
        Assert.Equal(question, stored.Question);
        Assert.StartsWith("Transportweg", stored.AnswerSeen);
        Assert.Contains("OSCI", stored.AnswerSeen);
    }

    [Fact]
    public async Task ConsultButton_OnTheNoAnswerCard_CarriesTheQuestionWithoutAnAnswer()
    {
        await bot.SendAsync(bot.Activity().Message("Blubb quark zebra fliegt"));

        var data = ButtonData(bot.Channel.Messages[^1].Card!, "consult.form");

        Assert.Equal("Blubb quark zebra fliegt", data["question"]!.GetValue<string>());
        Assert.Null(data["answerSeen"]);
    }

    [Fact]
    public async Task Submit_WithInvalidInput_ReturnsTheFormWithFieldErrorsAndTheInputKept_AndStoresNothing()
    {
        var input = ValidInput("Wohngeld geht nicht");
        input["topic"] = "Gibt es nicht";
        input["consent"] = "false";

        var form = Assert.IsType<JsonObject>(await InvokeAsync(bot.Activity(), "consult.submit", input));

        var json = Text(form);
        Assert.Contains("Bitte wählen Sie ein Thema.", json);
        Assert.Contains("mindestens 30 Zeichen (bisher 19)", json);
        Assert.Contains("Ohne Ihre Einwilligung", json);
        Assert.DoesNotContain("Bitte nennen Sie Ihre Organisation (", json); // only the fields that are wrong
        Assert.Equal("Wohngeld geht nicht", Input(form, "description")["value"]!.GetValue<string>());
        Assert.Equal("Oberbayern", Input(form, "region")["value"]!.GetValue<string>());
        Assert.Empty(await KeysAsync("consult/"));
    }

    [Fact]
    public async Task Submit_Valid_StoresTheFirstRequestOfTheYear_AndConfirmsWithItsId()
    {
        var input = ValidInput();
        input["urgency"] = "Dringend";
        input["contact"] = "Tel. 089 1234";

        var confirmation = Assert.IsType<JsonObject>(await InvokeAsync(bot.Activity(), "consult.submit", input));

        var id = $"BK-{Year(bot)}-0001";
        var json = Text(confirmation);
        Assert.Contains(id, json);
        Assert.Contains("Fachverfahren und Schnittstellen", json);
        Assert.Contains("Wie es weitergeht", json);
        Assert.Contains("\"neu\"", json);
        var stored = await StoredAsync(id);
        Assert.Equal((ActivityBuilder.UserAadObjectId, "Erika Mustermann", BotApp.AllowedTenant), (stored.RequesterObjectId, stored.RequesterName, stored.TenantId));
        Assert.Equal((ConsultUrgency.Dringend, "Tel. 089 1234", "baykommun", ValidDescription), (stored.Urgency, stored.PreferredContact, stored.Pool, stored.Text));
        Assert.Equal(bot.Clock.GetUtcNow(), stored.ConsentUtc);
    }

    [Fact]
    public async Task Beratung_InAChannel_PointsToThePersonalChat_AndShowsNoForm()
    {
        await bot.SendAsync(bot.Activity().InChannel().MentionMessage("beratung"));
        var refused = await InvokeAsync(bot.Activity().InChannel(), "consult.submit", ValidInput());

        var reply = Assert.Single(bot.Channel.Messages);
        Assert.Null(reply.Card);
        Assert.Contains("persönlichen Chat", reply.Text);
        Assert.Contains("persönlichen Chat", refused.GetValue<string>());
        Assert.Empty(await KeysAsync("consult/"));
    }

    [Fact]
    public async Task Consulting_InEnglish_OpensTheEnglishForm()
    {
        await bot.SendAsync(bot.Activity().InLocale("en-US").Message("consulting"));

        Assert.Contains("Send request", bot.Channel.Messages[^1].CardJson);
    }

    private static JsonObject Input(JsonObject card, string id) =>
        card["body"]!.AsArray().OfType<JsonObject>().Single(e => (string?)e["id"] == id);
}

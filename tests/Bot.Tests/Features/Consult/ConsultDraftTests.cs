using System.Text.Json.Nodes;
using KommunalBot.Bot.Features.Consult;
using KommunalBot.Bot.Tests.TestHost;
using static KommunalBot.Bot.Tests.Features.Consult.ConsultRelayFixture;

namespace KommunalBot.Bot.Tests.Features.Consult;

/// From advice to knowledge: an advisor turns a resolution into a FAQ draft, an editor accepts it, and Ask answers
/// the next clerk from it.
public sealed class ConsultDraftTests : BotTest
{
    private const string Question = "Wie übermitteln wir Hundesteuer-Bescheide aus Beispielhausen elektronisch an die Kämmerei?";
    private const string Resolution = "Die Hundesteuer-Bescheide gehen über FIT-Connect an die Kämmerei Beispielhausen; die Zustelladresse steht im DVDV.";

    protected override Dictionary<string, string?> Settings => ConsultRelayFixture.Settings();

    [Fact]
    public async Task Resolution_TurnedIntoADraft_AcceptedByAnEditor_AnswersTheNextQuestion()
    {
        var request = await CreateAsync(bot, Question + " Wir brauchen eine Anleitung.", Question);
        await MoveAsync(bot, request.Id, AnnaActor, ConsultActionKind.Close, Resolution);

        var made = await bot.SendAsync(AdvisorSays(bot, AnnaActor).Execute("consult.draft", new JsonObject { ["requestId"] = request.Id }));
        Assert.Contains("FAQ-Entwurf geworden", InvokeValue(await made.Content.ReadAsStringAsync())!.GetValue<string>());

        var listed = await (await bot.AdminAsync(HttpMethod.Get, "/admin/consult/drafts", BotApp.EditorObjectId)).Content.ReadAsStringAsync();
        var draft = Assert.Single(JsonNode.Parse(listed)!.AsArray())!;
        Assert.Equal(($"Transportweg und Datenübermittlung: {Question}", Resolution, $"Beratung {request.Id}"),
            (draft["title"]!.GetValue<string>(), draft["answer"]!.GetValue<string>(), draft["source"]!.GetValue<string>()));

        var editor = bot.Activity().From("29:1-editor", BotApp.EditorObjectId, "Eva Redakteurin");
        await bot.SendAsync(editor.Message("entwürfe"));
        var card = CardText(bot.Channel.Messages.Last(m => m.ConversationId == "a:1-personal-29:1-editor"));
        Assert.Contains(Resolution, card);
        Assert.Contains("consult.draft.decide", card);

        var accepted = await bot.SendAsync(editor.Execute("consult.draft.decide", new JsonObject { ["requestId"] = request.Id, ["accept"] = true }));
        Assert.Contains("Übernommen", InvokeValue(await accepted.Content.ReadAsStringAsync())!.ToJsonString(
            new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        Assert.Equal("[]", await (await bot.AdminAsync(HttpMethod.Get, "/admin/consult/drafts", BotApp.EditorObjectId)).Content.ReadAsStringAsync());

        await bot.SendAsync(bot.Activity().From("29:1-clerk-2", "c2c2c2c2-0000-4000-8000-0000000000c2", "Karl Kämmerer").Message(Question));

        var answer = CardText(bot.Channel.Messages.Last(m => m.ConversationId == "a:1-personal-29:1-clerk-2"));
        Assert.Contains($"Beratung {request.Id}", answer);
        Assert.Contains("FIT-Connect an die Kämmerei Beispielhausen", answer);
    }

    [Fact]
    public async Task Draft_ByTheClerkOrOfAnOpenRequest_IsRefused_AndOnlyEditorsListDrafts()
    {
        var request = await CreateAsync(bot, Question, Question);

        var byClerk = await bot.SendAsync(ClerkSays(bot).Execute("consult.draft", new JsonObject { ["requestId"] = request.Id }));
        var whileOpen = await bot.SendAsync(AdvisorSays(bot, AnnaActor).Execute("consult.draft", new JsonObject { ["requestId"] = request.Id }));
        await bot.SendAsync(ClerkSays(bot).Message("entwürfe"));

        Assert.Contains("nur Mitglieder des Beratungsteams", InvokeValue(await byClerk.Content.ReadAsStringAsync())!.GetValue<string>());
        Assert.Contains("erst, wenn", InvokeValue(await whileOpen.Content.ReadAsStringAsync())!.GetValue<string>());
        Assert.Equal("FAQ-Entwürfe prüfen nur Redakteurinnen und Redakteure.", bot.Channel.Messages.Last(m => m.ConversationId == ClerkChat).Text);
        Assert.Equal(403, (int)(await bot.AdminAsync(HttpMethod.Get, "/admin/consult/drafts", "member-without-role")).StatusCode);
    }
}

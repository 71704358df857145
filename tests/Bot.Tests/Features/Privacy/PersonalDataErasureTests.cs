using System.Net;
using System.Text.Json.Nodes;
using KommunalBot.Bot.Tests.TestHost;

namespace KommunalBot.Bot.Tests.Features.Privacy;

/// An operator answers a DSGVO request for a person who used every feature: the export shows all of it,
/// and after the erasure not one of their details can be read from the database files.
public sealed class PersonalDataErasureTests : BotTest
{
    protected override Dictionary<string, string?> Settings => PersonalDataScenario.Settings;

    private readonly TestPerson person = new();

    private string PersonPath => "/admin/personal-data/" + person.ObjectId;

    [Fact]
    public async Task Export_ListsEveryRecordOfThePerson()
    {
        await PersonalDataScenario.RunAsync(bot, person);

        var export = await ExportAsync();

        Assert.Single(export["conversationReferences"]!.AsArray());
        Assert.Equal(2, export["askContext"]!.AsArray().Count); // 1:1 and channel
        Assert.Single(export["welcome"]!.AsArray());
        Assert.Equal("consult-bk-2027-0042-assigned", Assert.Single(export["deliveries"]!.AsArray())!["contentId"]!.GetValue<string>());
        Assert.Equal("requester", Assert.Single(export["consultRequests"]!.AsArray())!["role"]!.GetValue<string>());
        var questions = export["askQuestions"]!.AsArray();
        Assert.Equal(5, questions.Count); // two questions and two follow-ups, one "Meinten Sie …?"
        Assert.Equal(2, questions.Count(q => q!["feedbackReason"]?.GetValue<string>().Contains(person.Name, StringComparison.Ordinal) == true));
        Assert.Contains(questions, q => q!["question"]!.GetValue<string>().Contains(person.HomeTown, StringComparison.Ordinal));
        Assert.DoesNotContain(PersonalDataScenario.ColleagueQuestion, export.ToJsonString());
    }

    [Fact]
    public async Task Questions_AreStoredWithoutEmailOrPhone()
    {
        await PersonalDataScenario.RunAsync(bot, person);

        var found = StoreFiles.Find(StoreFiles.Read(bot), person.Markers);

        Assert.Contains(person.Name, found); // the scan sees what is there
        Assert.Contains(person.HomeTown, found);
        Assert.DoesNotContain(person.Email, found);
        Assert.DoesNotContain(person.Phone, found);
    }

    [Fact]
    public async Task Delete_LeavesNoTraceOfThePersonInTheDatabaseFiles()
    {
        await PersonalDataScenario.RunAsync(bot, person);

        var deleted = await bot.AdminAsync(HttpMethod.Delete, PersonPath, BotApp.AdminObjectId);

        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Empty(StoreFiles.Find(StoreFiles.Read(bot), person.Markers));
    }

    [Fact]
    public async Task Delete_ThenExport_IsEmptyAndOtherPeoplesQuestionsRemain()
    {
        await PersonalDataScenario.RunAsync(bot, person);

        await bot.AdminAsync(HttpMethod.Delete, PersonPath, BotApp.AdminObjectId);
        var export = await ExportAsync();

        foreach (var kind in new[] { "conversationReferences", "askContext", "askQuestions", "welcome", "deliveries", "consultRequests" })
        {
            Assert.Empty(export[kind]!.AsArray());
        }

        var gaps = await bot.AdminAsync(HttpMethod.Get, "/admin/knowledge-gaps", BotApp.EditorObjectId);
        Assert.Contains(PersonalDataScenario.ColleagueQuestion, await gaps.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Delete_ForSomethingThatIsNoObjectId_Gets400()
    {
        var response = await bot.AdminAsync(HttpMethod.Delete, "/admin/personal-data/not-an-object-id", BotApp.AdminObjectId);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private async Task<JsonNode> ExportAsync()
    {
        var response = await bot.AdminAsync(HttpMethod.Get, PersonPath, BotApp.AdminObjectId);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }
}

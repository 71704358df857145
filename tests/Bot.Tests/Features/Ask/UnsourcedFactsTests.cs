using System.Net;
using System.Text.Json.Nodes;
using KommunalBot.Bot.Tests.TestHost;

namespace KommunalBot.Bot.Tests.Features.Ask;

/// Editors see which facts of the knowledge folder still need a source, over the admin API.
public sealed class UnsourcedFactsTests : BotTest
{
    private readonly string knowledge = Directory.CreateTempSubdirectory("kommunalbot-knowledge-").FullName;

    public UnsourcedFactsTests()
    {
        Directory.CreateDirectory(Path.Combine(knowledge, "steckbriefe"));
        File.WriteAllText(Path.Combine(knowledge, "steckbriefe", "testdienst.yaml"), """
            id: testdienst
            name: Testdienst
            beschreibung: Ein Dienst.
            umsetzendes_land: Bayern
            status:
              zusammenfassung: live
              laender: [ { land: BY, status: Pilot } ]
            stand: 2025-01-01
            quellen:
              - { url: "https://a.example/leitfaden", titel: Leitfaden }
              - { url: "https://b.example/faq", titel: FAQ }
            """);
    }

    protected override Dictionary<string, string?> Settings => new() { ["Knowledge:Path"] = knowledge };

    [Fact]
    public async Task UnsourcedFacts_AsEditor_ListsFileLineAndField_AndIsRefusedToAMemberWithoutRole()
    {
        var editor = await bot.AdminAsync(HttpMethod.Get, "/admin/knowledge/unsourced", BotApp.EditorObjectId);
        var member = await bot.AdminAsync(HttpMethod.Get, "/admin/knowledge/unsourced", "member-without-role");

        Assert.Equal(HttpStatusCode.OK, editor.StatusCode);
        var fact = Assert.Single(JsonNode.Parse(await editor.Content.ReadAsStringAsync())!.AsArray())!;
        Assert.Equal("testdienst", fact["documentId"]!.GetValue<string>());
        Assert.Equal("steckbriefe/testdienst.yaml", fact["file"]!.GetValue<string>());
        Assert.Equal(7, fact["line"]!.GetValue<int>());
        Assert.Equal("status.laender[0]", fact["field"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Forbidden, member.StatusCode);
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(knowledge, recursive: true);
    }
}

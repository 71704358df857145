using System.Text.Json.Nodes;
using KommunalBot.Bot.Features.Ask.Assistant;

namespace KommunalBot.Bot.Tests.Features.Ask.Assistant;

public sealed class AiMessageEntitiesTests
{
    [Fact]
    public void Build_CitedAnswer_OneRootMessageEntityWithAiLabelAndClaims()
    {
        var answer = new PhrasedAnswer("Über FIT-Connect [2]. EinsA [1].",
        [
            new Citation(1, "Dataport Steckbrief Wohngeld", "https://www.dataport.de/wohngeld", "EinsA (AKDB)"),
            new Citation(2, "FITKO FAQ", "https://www.fitko.de/faq", null),
        ]);

        var entities = AiMessageEntities.Build(answer);

        var expected = JsonNode.Parse("""
            [{"type":"https://schema.org/Message","@type":"Message","@context":"https://schema.org","@id":"",
              "additionalType":["AIGeneratedContent"],
              "citation":[
                {"@type":"Claim","position":1,"appearance":{"@type":"DigitalDocument","name":"Dataport Steckbrief Wohngeld","abstract":"EinsA (AKDB)","url":"https://www.dataport.de/wohngeld"}},
                {"@type":"Claim","position":2,"appearance":{"@type":"DigitalDocument","name":"FITKO FAQ","abstract":"FITKO FAQ","url":"https://www.fitko.de/faq"}}]}]
            """);
        Assert.True(JsonNode.DeepEquals(expected, entities), entities.ToJsonString());
    }

    [Fact]
    public void Build_LongTitleAndSnippet_ShortenedToTeamsLimits()
    {
        var answer = new PhrasedAnswer("Text [1].", [new Citation(1, new string('T', 200), "https://example.org/a", new string('S', 400))]);

        var appearance = AiMessageEntities.Build(answer)[0]!["citation"]![0]!["appearance"]!;

        Assert.Equal(AiMessageEntities.MaxNameLength, appearance["name"]!.GetValue<string>().Length);
        Assert.Equal(AiMessageEntities.MaxAbstractLength, appearance["abstract"]!.GetValue<string>().Length);
        Assert.EndsWith("…", appearance["abstract"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_UrlNotHttp_UrlLeftOut()
    {
        var answer = new PhrasedAnswer("Text [1].", [new Citation(1, "Intern", "intranet/seite", null)]);

        var appearance = AiMessageEntities.Build(answer)[0]!["citation"]![0]!["appearance"]!.AsObject();

        Assert.False(appearance.ContainsKey("url"));
    }

    [Fact]
    public void Build_MoreThanTwentyCitations_KeepsTwenty()
    {
        var citations = Enumerable.Range(1, 25).Select(n => new Citation(n, $"Quelle {n}", $"https://example.org/{n}", null)).ToList();

        var claims = AiMessageEntities.Build(new PhrasedAnswer("…", citations))[0]!["citation"]!.AsArray();

        Assert.Equal(AiMessageEntities.MaxCitations, claims.Count);
    }
}

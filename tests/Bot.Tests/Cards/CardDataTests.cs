using System.Text.Json;
using System.Text.Json.Nodes;
using KommunalBot.Bot.Cards;
using KommunalBot.Bot.Resources;

namespace KommunalBot.Bot.Tests.Cards;

/// Each template's sample is its data record's contract: read strictly into the record and written back, it
/// binds the very card the raw sample binds, so record, sample and template cannot drift apart; and every
/// button of every sample card sends a payload the bot reads.
public sealed class CardDataTests
{
    private static readonly CardRenderer Renderer = new(new Texts());

    public static TheoryData<string> CardNames => new(RepoFiles.CardNames());

    [Fact]
    public void Records_EveryTemplate_HasOneDataRecord()
    {
        Assert.Equal(RepoFiles.CardNames(), CardRecords.Data.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(CardNames))]
    public void Sample_ReadIntoItsRecordAndWrittenBack_BindsTheSameCard(string card)
    {
        var sample = Sample(card);
        var type = CardRecords.Data[card];

        var record = sample.Deserialize(type); // strict: a member the record lacks, or one it needs missing, throws
        var written = JsonSerializer.SerializeToNode(record, type)!;

        foreach (var culture in new[] { Texts.German, Texts.English })
        {
            var expected = Renderer.Render(card, sample, culture);
            var actual = Renderer.Render(card, written, culture);
            Assert.True(JsonNode.DeepEquals(expected, actual), $"{card} ({culture.Name}):\n{actual}\nexpected\n{expected}");
        }
    }

    [Theory]
    [InlineData("isService", "true")]
    [InlineData("kind", "\"Service profile\"")]
    public void Sample_WithAnItemFieldTheRecordDoesNotHave_DoesNotRead(string field, string value)
    {
        var sample = Sample("news");
        sample["items"]![0]![field] = JsonNode.Parse(value);

        Assert.Throws<JsonException>(() => sample.Deserialize(CardRecords.Data["news"]));
    }

    [Fact]
    public void Sample_WithoutAFieldTheCardNeeds_DoesNotRead()
    {
        var sample = Sample("answer");
        sample.Remove("canConsult");

        Assert.Throws<JsonException>(() => sample.Deserialize(CardRecords.Data["answer"]));
    }

    [Theory]
    [MemberData(nameof(CardNames))]
    public void Sample_EveryButton_SendsAPayloadTheBotReads(string card)
    {
        var bound = Renderer.Render(card, Sample(card), Texts.German);

        foreach (var action in Actions(bound))
        {
            var data = action["data"] as JsonObject ?? [];
            if (data["msteams"] is JsonObject msteams)
            {
                // Teams posts the value as the user's own message (a command word or an example question).
                Assert.Equal("imBack", (string?)msteams["type"]);
                Assert.False(string.IsNullOrWhiteSpace((string?)msteams["value"]), action.ToJsonString());
                continue;
            }

            var submit = (string?)action["type"] == "Action.Submit";
            var verb = (string?)(submit ? data["verb"] : action["verb"]);
            Assert.True(verb is not null && CardRecords.Actions.TryGetValue(verb, out _), $"{card}: no payload record for {action.ToJsonString()}");
            var payload = (CardActionData?)data.Deserialize(CardRecords.Actions[verb]);
            Assert.NotNull(payload);
            Assert.Equal(submit ? verb : null, payload.SubmitVerb);
        }
    }

    /// Action.Execute and Action.Submit anywhere in the card, fallbacks and ShowCard actions included.
    private static IEnumerable<JsonObject> Actions(JsonNode? node) => node switch
    {
        JsonObject o when (string?)o["type"] is "Action.Execute" or "Action.Submit" => [o, .. o.SelectMany(p => Actions(p.Value))],
        JsonObject o => o.SelectMany(p => Actions(p.Value)),
        JsonArray a => a.SelectMany(Actions),
        _ => [],
    };

    private static JsonObject Sample(string card)
    {
        var sample = RepoFiles.Json("cards", card + ".sample.json").AsObject();
        sample.Remove("t"); // the texts, which the renderer adds
        return sample;
    }
}

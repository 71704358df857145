using System.Text.Json.Nodes;
using KommunalBot.Bot.Cards;
using KommunalBot.Bot.Resources;
using KommunalBot.Bot.Tests.Cards;

namespace KommunalBot.Bot.Tests.Evaluation;

/// The answered/abstained signal, checked against the real templates bound with their samples: if a card
/// changes so that the signal no longer tells them apart, these fail before the evaluation misgrades.
public sealed class BotReplyTests
{
    private readonly CardRenderer renderer = new(new Texts());
    private readonly string noAnswerTitle = new Texts().Get("noAnswerTitle", Texts.German);

    [Fact]
    public void Read_AnswerCard_IsAnsweredWithItsServiceAndTitle()
    {
        var reply = BotReply.Read([Message("answer")], noAnswerTitle);

        Assert.Equal(ReplyKind.Answered, reply.Kind);
        Assert.Equal("wohngeld", reply.ServiceId);
        Assert.Equal("Transportweg – Wohngeld (EfA Schleswig-Holstein)", reply.Title);
        Assert.Contains("DVDV-Organisationskategorie „wgb“", reply.Text);
    }

    [Fact]
    public void Read_NoAnswerCard_IsAbstained()
    {
        var reply = BotReply.Read([Message("no-answer")], noAnswerTitle);

        Assert.Equal(ReplyKind.Abstained, reply.Kind);
        Assert.StartsWith(noAnswerTitle, reply.Text);
    }

    [Theory]
    [InlineData("steckbrief")]
    [InlineData("services")]
    [InlineData("help")]
    public void Read_AnotherCard_IsNeitherAnswerNorNoAnswer(string card)
    {
        Assert.Equal(ReplyKind.Other, BotReply.Read([Message(card)], noAnswerTitle).Kind);
    }

    [Fact]
    public void Read_TextOnlyApologyOrNothing_IsOther()
    {
        var apology = new JsonObject { ["type"] = "message", ["text"] = "Entschuldigung, da ist etwas schiefgegangen." };

        Assert.Equal(ReplyKind.Other, BotReply.Read([apology], noAnswerTitle).Kind);
        Assert.Equal("Entschuldigung, da ist etwas schiefgegangen.", BotReply.Read([apology], noAnswerTitle).Text);
        Assert.Equal(ReplyKind.Other, BotReply.Read([], noAnswerTitle).Kind);
    }

    private JsonNode Message(string card) => new JsonObject
    {
        ["type"] = "message",
        ["attachments"] = new JsonArray(new JsonObject
        {
            ["contentType"] = BotReply.AdaptiveCard,
            ["content"] = renderer.Render(card, RepoFiles.Json("cards", card + ".sample.json"), Texts.German),
        }),
    };
}

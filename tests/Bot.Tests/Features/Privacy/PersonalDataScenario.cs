using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using KommunalBot.Bot.Features.Delivery;
using KommunalBot.Bot.Protocol;
using KommunalBot.Bot.Tests.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace KommunalBot.Bot.Tests.Features.Privacy;

/// A person uses every feature that stores something: installs the bot, asks in 1:1 and by @mention in a
/// channel (with name, e-mail, phone and home town), asks a follow-up in both, rates two answers with a
/// reason, picks a "Meinten Sie …?" service, opens a Steckbrief and requests consulting. A colleague asks too, and
/// the bot is added to a team. Then a notification naming the person goes to their 1:1 chat, and a digest to the channel.
internal static partial class PersonalDataScenario
{
    public const string ColleagueQuestion = "Blubb quark zebra fliegt";

    /// A bot that takes consulting requests: one advisor pool (its channel need not be bound).
    public static Dictionary<string, string?> Settings => new()
    {
        ["Consult:Pools:0:Name"] = "baykommun",
        ["Consult:Pools:0:TenantId"] = "b4c0ffee-0000-4000-8000-0000000b4c01",
        ["Consult:Pools:0:Members:0"] = "a1a1a1a1-0000-4000-8000-00000000a001",
        ["Consult:DefaultPool"] = "baykommun",
    };

    public static async Task RunAsync(BotApp bot, TestPerson person)
    {
        await SendAsync(bot, person.In(bot.Activity()).InstallationAdd());
        await SendAsync(bot, bot.Activity().InChannel().BotAdded());

        await SendAsync(bot, person.In(bot.Activity()).Message(
            $"Guten Tag, hier {person.Name} aus {person.HomeTown}, erreichbar unter {person.Email} oder {person.Phone}. Was kostet die Nachnutzung der EfA Einbürgerung?"));
        var personalQuestion = LastQuestionId(bot);
        await SendAsync(bot, person.In(bot.Activity()).Message("und welche Transportwege?"));

        await SendAsync(bot, person.In(bot.Activity().InChannel()).MentionMessage(
            $"{person.Name} aus {person.HomeTown} fragt: Über welchen Transportweg kommen Wohngeld-Anträge in die Behörde? Rückruf unter {person.Phone}"));
        var channelQuestion = LastQuestionId(bot);
        await SendAsync(bot, person.In(bot.Activity().InChannel()).MentionMessage("und was kostet die Nachnutzung?"));

        await SendAsync(bot, person.In(bot.Activity()).Execute("ask.feedback", new JsonObject
        {
            ["questionId"] = personalQuestion, ["helpful"] = false,
            ["reason"] = $"Bitte {person.Name} in {person.HomeTown} zurückschreiben: {person.Email}",
        }));
        await SendAsync(bot, person.In(bot.Activity().InChannel()).Execute("ask.feedback", new JsonObject
        {
            ["questionId"] = channelQuestion, ["helpful"] = false, ["reason"] = $"{person.Name}, Tel. {person.Phone}",
        }));
        await SendAsync(bot, person.In(bot.Activity()).Execute("ask.didyoumean", new JsonObject { ["questionId"] = personalQuestion, ["serviceId"] = "wohngeld" }));
        await SendAsync(bot, person.In(bot.Activity()).Message("steckbrief Wohngeld"));
        await SendAsync(bot, person.In(bot.Activity()).Execute("consult.submit", new JsonObject
        {
            ["question"] = "Was kostet die Nachnutzung der EfA Einbürgerung?", ["answerSeen"] = null,
            ["topic"] = "Kosten und Nachnutzung (EfA)", ["organisation"] = $"Gemeinde {person.HomeTown}", ["region"] = "Oberbayern",
            ["description"] = $"Hier {person.Name} aus {person.HomeTown}: was kostet uns die Nachnutzung im ersten Jahr?",
            ["urgency"] = "Normal", ["contact"] = "", ["consent"] = "true",
        }));

        await SendAsync(bot, bot.Activity().Message(ColleagueQuestion));
        await EnqueueDeliveriesAsync(bot, person);
    }

    /// A notification into the person's 1:1 chat that names them, and a digest into the team channel.
    private static async Task EnqueueDeliveriesAsync(BotApp bot, TestPerson person)
    {
        var references = bot.Services.GetRequiredService<ConversationReferenceStore>();
        var personal = await references.FindPersonalAsync(BotApp.AllowedTenant, person.ObjectId, CancellationToken.None);
        var channel = await references.GetAsync(BotApp.AllowedTenant, ActivityBuilder.ChannelId, CancellationToken.None);
        var outbox = bot.Services.GetRequiredService<IOutbox>();
        foreach (var (contentId, summary, to) in new[]
        {
            ("consult-bk-2027-0042-assigned", $"{person.Name}, Ihre Anfrage BK-2027-0042 wurde angenommen", personal!),
            ("broadcast-digest-2027-03", "Best-Practice-Digest März", channel!),
        })
        {
            var message = new Activity { Type = ActivityTypes.Message, Text = summary, Summary = summary };
            Assert.IsType<EnqueueOutcome.Queued>(await outbox.EnqueueAsync(
                new DeliveryContent(contentId, "scenario", message), [new DeliveryRecipient.Conversation(to)], CancellationToken.None));
            await Delivery.DeliveryFixture.SettledAsync(bot, contentId); // sent: the sender is idle when the operator asks
        }
    }

    public static string LastQuestionId(BotApp bot)
    {
        var match = QuestionIdPattern().Match(bot.Channel.Messages[^1].CardJson);
        Assert.True(match.Success, "the answer card carries its question id");
        return match.Groups[1].Value;
    }

    private static async Task SendAsync(BotApp bot, JsonObject activity)
    {
        using var response = await bot.SendAsync(activity);
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Accepted, $"{activity["type"]}: {response.StatusCode}");
    }

    [GeneratedRegex("\"questionId\":\"(q-[^\"]+)\"")]
    private static partial Regex QuestionIdPattern();
}

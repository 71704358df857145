using KommunalBot.Bot.Features.Consult;
using KommunalBot.Bot.Tests.TestHost;

namespace KommunalBot.Bot.Tests.Features.Consult;

/// `hier beraten <pool>`: an admin binds any channel of a team to an advisor pool.
public sealed class PoolChannelTests : AdvisorTest
{
    private PoolChannelStore Channels => bot.Services.GetRequiredService<PoolChannelStore>();

    [Fact]
    public async Task HierBeraten_ByAnAdminInAChannel_BindsThatChannel_AndSaysWhatArrivesThere()
    {
        var reply = await BindAsync();

        Assert.Contains("Beratungskanal des Pools „baykommun“", reply);
        Assert.Contains("übernehmen, zuweisen, beantworten und schließen", reply);
        var binding = await Channels.GetAsync("baykommun", CancellationToken.None);
        Assert.NotNull(binding);
        Assert.Equal((ActivityBuilder.ChannelId, ActivityBuilder.ChannelId, AdvisorTenant), // the channel, not its thread; not General
            (binding.Channel.ConversationId, binding.Channel.ChannelIdInTeam, binding.Channel.TenantId));
    }

    [Fact]
    public async Task HierBeraten_ByAnAdvisorWhoIsNoAdmin_IsRefused_AndBindsNothing()
    {
        await bot.SendAsync(InAdvisorChannel(Anna).MentionMessage("hier beraten baykommun"));

        Assert.Contains("nur Administratorinnen und Administratoren", bot.Channel.Messages[^1].Text);
        Assert.Null(await Channels.GetAsync("baykommun", CancellationToken.None));
    }

    [Fact]
    public async Task HierBeraten_AnUnknownPool_IsRefused_WithTheConfiguredPools()
    {
        var reply = await BindAsync("bayern");

        Assert.Equal("Einen Beratungspool „bayern“ gibt es nicht. Eingerichtet sind: baykommun, nrw. Beispiel: hier beraten baykommun", reply);
        Assert.Null(await Channels.GetAsync("bayern", CancellationToken.None));
    }

    [Fact]
    public async Task HierBeraten_APoolOfAnotherTenant_IsRefused()
    {
        var reply = await BindAsync("nrw"); // the admin writes in BayKommun's tenant; the pool is d-NRW's

        Assert.Contains("anderen Microsoft-365-Organisation", reply);
        Assert.Null(await Channels.GetAsync("nrw", CancellationToken.None));
    }

    [Fact]
    public async Task ConsultHere_InEnglish_Binds()
    {
        await bot.SendAsync(Admin().InLocale("en-US").MentionMessage("consult here BayKommun"));

        Assert.Contains("consulting channel of the pool “baykommun”", bot.Channel.Messages[^1].Text);
    }

    [Fact]
    public async Task ARequestCreatedBeforeAChannelWasBound_IsPostedWhenOneIs()
    {
        var request = await CreateAsync();
        Assert.Contains(bot.Logs.Entries, e => e.EventId == 2742);

        var reply = await BindAsync();

        Assert.Contains("offenen Anfragen des Pools (1)", reply);
        var post = await PostedCardAsync(request.Id);
        Assert.Contains("Wie binden wir den EfA-Dienst Wohngeld", Readable(post.Card));
    }
}

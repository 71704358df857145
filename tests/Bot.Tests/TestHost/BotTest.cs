namespace KommunalBot.Bot.Tests.TestHost;

/// A test class whose every test gets its own running bot (fresh fake channel, store and clock).
public abstract class BotTest : IAsyncLifetime
{
    protected BotApp bot = null!;

    /// Settings that differ from <see cref="BotApp"/>'s defaults for every test of the class.
    protected virtual Dictionary<string, string?>? Settings => null;

    public async Task InitializeAsync() => bot = await BotApp.StartAsync(Settings);

    public virtual async Task DisposeAsync() => await bot.DisposeAsync();
}

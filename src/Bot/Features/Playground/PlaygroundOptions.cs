namespace KommunalBot.Bot.Features.Playground;

/// Section `Playground`: the local Web Chat page with a minimal Direct Line, for trying the bot without Teams.
public sealed class PlaygroundOptions
{
    /// Unset: on in Development only, for callers on this machine. True: on in any environment, and open to
    /// remote callers too (a demo server). False: off everywhere.
    public bool? Enabled { get; set; }

    /// Open conversations kept in memory; starting one more ends the one used longest ago.
    public int MaxConversations { get; set; } = 100;

    /// Activities kept per conversation; older ones drop out of the history.
    public int MaxActivitiesPerConversation { get; set; } = 500;

    /// A session or conversation unused this long is forgotten, and its token with it.
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    public bool IsOn(IHostEnvironment environment) => Enabled ?? environment.IsDevelopment();

    /// Remote callers only when an operator switched the playground on explicitly.
    public bool AllowsRemoteCallers => Enabled == true;
}

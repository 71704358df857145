namespace KommunalBot.Bot.Protocol;

/// Section `Bot`: limits of the messaging endpoint.
public sealed class BotOptions
{
    /// Largest activity body accepted; larger ones get 413 (Teams messages stay under about 100 KB).
    public int MaxActivityBytes { get; set; } = 256 * 1024;

    /// Longest id (conversation, user, tenant, activity) accepted; longer ones get 400. Teams' longest ids,
    /// 1:1 conversation ids (`a:1…`), have about 150 characters; a store key holds two or three of them.
    public int MaxIdLength { get; set; } = 256;

    /// Longest message text handled; longer text gets a short hint instead of an answer (Teams itself
    /// caps a chat message at about 28,000 characters; no command or question needs more than this).
    public int MaxTextLength { get; set; } = 4000;

    /// Tokens of the Bot Framework Emulator / Entra (not the Bot Connector's) are accepted only in
    /// Development, unless this is set: they prove a caller has *a* token for this app, not that it is Teams.
    public bool AllowEmulatorTokens { get; set; }

    /// How long one turn may take before its work is cancelled (Teams waits about 15 s for an answer).
    public TimeSpan TurnTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// An activity id seen in a conversation within this window is acknowledged and not processed again
    /// (Teams retries a delivery it did not get an answer to within about 15 s, up to a few times).
    public TimeSpan DuplicateWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// Messages and card actions one user may send: a burst of <see cref="UserBurst"/>, refilled by one
    /// every <see cref="UserInterval"/> (a person typing questions needs far less than one every 3 s).
    public int UserBurst { get; set; } = 10;

    public TimeSpan UserInterval { get; set; } = TimeSpan.FromSeconds(3);

    /// The same for all users of one tenant together: a burst of 200, then 5 per second, enough for a large
    /// Landkreis with dozens of clerks asking at once, yet one tenant cannot take the bot from the others.
    public int TenantBurst { get; set; } = 200;

    public TimeSpan TenantInterval { get; set; } = TimeSpan.FromMilliseconds(200);
}

namespace KommunalBot.Bot.Protocol;

/// The routing table, filled by every <see cref="IBotFeature"/> at start-up. A command word, a card verb and the
/// question handler have exactly one owner (duplicates throw with a fix-it message); every handler of an activity
/// type runs, and free text passes the features' claims in order before the question handler gets it.
public sealed class BotRoutes
{
    internal Dictionary<string, (string Feature, TurnHandler Handler)> Commands { get; } = new(StringComparer.OrdinalIgnoreCase);
    internal Dictionary<string, (string Feature, CardActionHandler Handler)> CardVerbs { get; } = new(StringComparer.Ordinal);
    internal Dictionary<string, List<(string Feature, TurnHandler Handler)>> ActivityTypes { get; } = new(StringComparer.Ordinal);
    internal List<(int Order, string Feature, MessageClaim Claim)> MessageClaims { get; } = [];
    internal (string Feature, TurnHandler Handler)? Questions { get; private set; }
    internal CardActionHandler? UnknownCardAction { get; private set; }

    internal string CurrentFeature { get; set; } = "?";

    /// A command word (first word of the message), e.g. "hilfe" and "help", or a phrase of several words
    /// ("meine anfragen"), which must be the whole message.
    public BotRoutes OnCommand(TurnHandler handler, params string[] words)
    {
        foreach (var word in words)
        {
            Add(Commands, word, handler, "command word");
        }

        return this;
    }

    /// A card verb such as "consult.claim", from Action.Execute or Action.Submit data `{"verb": ...}`.
    public BotRoutes OnCardAction(string verb, CardActionHandler handler) => Add(CardVerbs, verb, handler, "card verb");

    /// Any activity of a type (conversationUpdate, installationUpdate, messageReaction, ...). Several features may
    /// react to the same type (a welcome and a subscription both react to an install): every handler runs, in the
    /// order the features registered.
    public BotRoutes OnActivity(string type, TurnHandler handler)
    {
        if (!ActivityTypes.TryGetValue(type, out var handlers))
        {
            ActivityTypes[type] = handlers = [];
        }

        handlers.Add((CurrentFeature, handler));
        return this;
    }

    /// A claim on free text, asked before the question handler; lower <paramref name="order"/> asks first.
    public BotRoutes OnMessageClaim(MessageClaim claim, int order = 0)
    {
        MessageClaims.Add((order, CurrentFeature, claim));
        return this;
    }

    /// Every message addressed to the bot that is not a command or card action (at most one feature).
    public BotRoutes OnQuestion(TurnHandler handler)
    {
        if (Questions is { } existing)
        {
            throw new InvalidOperationException(
                $"Feature '{CurrentFeature}' registers a question handler, but '{existing.Feature}' already has one. Only one feature may answer free text.");
        }

        Questions = (CurrentFeature, handler);
        return this;
    }

    /// Answers a card verb nobody handles (e.g. a button on an old card), instead of an error in Teams.
    public BotRoutes OnUnknownCardAction(CardActionHandler handler)
    {
        if (UnknownCardAction is not null)
        {
            throw new InvalidOperationException($"Feature '{CurrentFeature}' registers a handler for unknown card actions, but one already exists.");
        }

        UnknownCardAction = handler;
        return this;
    }

    private BotRoutes Add<T>(Dictionary<string, (string, T)> table, string key, T handler, string kind)
    {
        if (!table.TryAdd(key, (CurrentFeature, handler)))
        {
            throw new InvalidOperationException(
                $"Feature '{CurrentFeature}' registers {kind} '{key}', but feature '{table[key].Item1}' already did. Rename one of them.");
        }

        return this;
    }
}

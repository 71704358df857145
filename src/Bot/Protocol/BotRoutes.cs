using System.Text.Json;

namespace KommunalBot.Bot.Protocol;

public delegate Task TurnHandler(TurnContext turn);

/// A card button press: from Action.Execute (invoke) or Action.Submit (message with value).
public sealed record CardAction(string Verb, JsonElement Data, bool IsInvoke);

public delegate Task<InvokeResponse?> CardActionHandler(TurnContext turn, CardAction action);

/// Runs before routing; returns false to end the turn (e.g. a refused tenant).
public interface ITurnMiddleware
{
    /// Lower runs first; access checks use negative numbers so nothing is stored for a refused tenant.
    int Order => 0;

    Task<bool> OnTurnAsync(TurnContext turn);
}

/// A feature adds its routes here; it never touches another feature's routes (STYLE habit 4).
public interface IBotFeature
{
    void Register(BotRoutes routes);
}

/// The routing table, filled by every <see cref="IBotFeature"/> at start-up. Duplicates throw with a fix-it message.
public sealed class BotRoutes
{
    internal Dictionary<string, (string Feature, TurnHandler Handler)> Commands { get; } = new(StringComparer.OrdinalIgnoreCase);
    internal Dictionary<string, (string Feature, CardActionHandler Handler)> CardVerbs { get; } = new(StringComparer.Ordinal);
    internal Dictionary<string, (string Feature, TurnHandler Handler)> ActivityTypes { get; } = new(StringComparer.Ordinal);
    internal (string Feature, TurnHandler Handler)? Questions { get; private set; }
    internal CardActionHandler? UnknownCardAction { get; private set; }

    internal string CurrentFeature { get; set; } = "?";

    /// A command word (first word of the message), e.g. "hilfe" and "help".
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

    /// Any activity of a type (conversationUpdate, installationUpdate, messageReaction, ...).
    public BotRoutes OnActivity(string type, TurnHandler handler) => Add(ActivityTypes, type, handler, "activity type");

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

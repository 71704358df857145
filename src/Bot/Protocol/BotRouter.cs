using System.Text.Json;

namespace KommunalBot.Bot.Protocol;

/// Dispatches one turn: middleware first, then by activity type (every handler), invoke verb, card verb, command
/// word, the features' claims on free text in order, and finally the question handler.
internal sealed class BotRouter
{
    private readonly BotRoutes routes = new();
    private readonly ITurnMiddleware[] middleware;
    private readonly (int Order, string Feature, MessageClaim Claim)[] claims;
    private readonly ILogger<BotRouter> logger;

    public BotRouter(IEnumerable<IBotFeature> features, IEnumerable<ITurnMiddleware> middleware, ILogger<BotRouter> logger)
    {
        foreach (var feature in features)
        {
            routes.CurrentFeature = feature.GetType().Name;
            feature.Register(routes);
        }

        this.middleware = middleware.OrderBy(m => m.Order).ToArray();
        claims = [.. routes.MessageClaims.OrderBy(c => c.Order)]; // stable: equal orders keep registration order
        this.logger = logger;
    }

    public IReadOnlyCollection<string> CommandWords => routes.Commands.Keys;

    public async Task RouteAsync(TurnContext turn)
    {
        foreach (var step in middleware)
        {
            if (!await step.OnTurnAsync(turn))
            {
                return;
            }
        }

        var activity = turn.Activity;
        switch (activity.Type)
        {
            case ActivityTypes.Message:
                await RouteMessageAsync(turn);
                break;
            case ActivityTypes.Invoke:
                await RouteInvokeAsync(turn);
                break;
            default:
                if (activity.Type is not null && routes.ActivityTypes.TryGetValue(activity.Type, out var handlers))
                {
                    await RunAllAsync(turn, handlers);
                }
                else
                {
                    ProtocolLog.Ignored(logger, LogValue.Clean(activity.Type ?? "(none)"));
                }

                break;
        }
    }

    private async Task RouteMessageAsync(TurnContext turn)
    {
        var activity = turn.Activity;
        if (activity.Value is { ValueKind: JsonValueKind.Object } value && Verb(value) is { } verb)
        {
            await RouteCardActionAsync(turn, new CardAction(verb, value, IsInvoke: false));
            return;
        }

        // In channels and group chats only messages that @mention the bot are addressed to it.
        if (!activity.IsPersonal() && !activity.MentionsBot())
        {
            ProtocolLog.Ignored(logger, "message without mention");
            return;
        }

        var text = turn.Text;
        if (text.Length == 0)
        {
            return;
        }

        // A command of several words ("meine anfragen") is the whole message; any other command is its first word.
        var word = text.Split(' ', 2)[0].TrimEnd('!', '?', '.', ':');
        if (routes.Commands.TryGetValue(string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries)).TrimEnd('!', '?', '.', ':'), out var command)
            || routes.Commands.TryGetValue(word, out command))
        {
            await command.Handler(turn);
            return;
        }

        foreach (var (_, _, claim) in claims)
        {
            if (await claim(turn))
            {
                return;
            }
        }

        if (routes.Questions is { } questions)
        {
            await questions.Handler(turn);
        }
    }

    // Every feature's handler runs, also when an earlier one fails: one feature's error must not cost another its
    // turn (the welcome still goes out when a subscription fails). The first error is raised afterwards, so the
    // turn's error boundary reports it.
    private static async Task RunAllAsync(TurnContext turn, List<(string Feature, TurnHandler Handler)> handlers)
    {
        Exception? first = null;
        foreach (var (_, handler) in handlers)
        {
            try
            {
                await handler(turn);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                first ??= ex;
            }
        }

        if (first is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(first);
        }
    }

    private async Task RouteInvokeAsync(TurnContext turn)
    {
        var activity = turn.Activity;
        if (activity.Name != "adaptiveCard/action")
        {
            ProtocolLog.InvokeNotImplemented(logger, LogValue.Clean(activity.Name ?? "(none)"));
            turn.InvokeResponse = InvokeResponse.NotImplemented;
            return;
        }

        if (activity.Value is not { } value || JsonFields.Object(value, "action") is not { } action
            || JsonFields.String(action, "type") != "Action.Execute"
            || Verb(action) is not { } verb)
        {
            turn.InvokeResponse = InvokeResponse.Error(400, "BadRequest", "Missing or invalid Action.Execute in invoke value.");
            return;
        }

        var data = action.TryGetProperty("data", out var d) ? d : default;
        await RouteCardActionAsync(turn, new CardAction(verb, data, IsInvoke: true));
    }

    private async Task RouteCardActionAsync(TurnContext turn, CardAction action)
    {
        CardActionHandler? handler = routes.CardVerbs.TryGetValue(action.Verb, out var route) ? route.Handler : null;
        if (handler is null)
        {
            ProtocolLog.InvokeNotImplemented(logger, LogValue.Clean(action.Verb));
            handler = routes.UnknownCardAction;
        }

        if (handler is null)
        {
            turn.InvokeResponse = action.IsInvoke ? InvokeResponse.NotImplemented : null;
            return;
        }

        var response = await handler(turn, action);
        if (action.IsInvoke)
        {
            turn.InvokeResponse = response ?? new InvokeResponse(200, new() { ["statusCode"] = 200 });
        }
    }

    private static string? Verb(JsonElement element) => JsonFields.String(element, "verb");
}

using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Protocol;

/// Runs one authenticated activity through the router inside the turn's time budget and error boundary. POST
/// /api/messages uses it, and so does any other door that hands the bot an activity it vouches for (the playground).
internal sealed class TurnRunner(
    BotRouter router,
    Connector.ConnectorClient connector,
    ITurnErrorReporter errorReporter,
    IOptions<BotOptions> options,
    TimeProvider timeProvider,
    ILogger<BotRouter> logger)
{
    /// The invoke response to answer with; null for a turn that is not an invoke (or failed without one).
    public async Task<InvokeResponse?> RunAsync(Activity activity, string correlationId, CancellationToken cancellationToken)
    {
        // One scope per turn: every log line of this activity carries these (structured, readable, cleaned).
        using var scope = logger.BeginScope(
            "Activity {CorrelationId} in conversation {ConversationId} of tenant {TenantId}",
            LogValue.Clean(activity.Id ?? correlationId), LogValue.Clean(activity.Conversation?.Id), LogValue.Clean(activity.TenantId()));

        // The turn's work ends when the caller goes away or the turn's time budget is spent.
        using var budget = new CancellationTokenSource(options.Value.TurnTimeout, timeProvider);
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budget.Token);
        return await BotEndpoint.RunTurnAsync(router, errorReporter, new TurnContext(activity, connector, cancellation.Token), connector, logger);
    }
}

using System.Globalization;
using KommunalBot.Bot.Storage;
using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Protocol;

/// Teams delivers an activity again when the bot did not answer in time; a replay must not answer twice.
/// The first delivery claims `seen/{hash of the conversation id}/{activity id}` (a 1:1 conversation id
/// names its user, the hash does not) with a create-only write, so this holds
/// across instances; a later delivery within <see cref="BotOptions.DuplicateWindow"/> is acknowledged and
/// dropped. Runs after the tenant gate (order -50), so nothing is stored for a refused tenant.
internal sealed class DuplicateActivities(
    IDocumentStore store, IOptions<BotOptions> options, TimeProvider timeProvider, ILogger<DuplicateActivities> logger) : ITurnMiddleware
{
    public const string Prefix = "seen/";

    public int Order => -50;

    public async Task<bool> OnTurnAsync(TurnContext turn)
    {
        if (Key(turn.Activity) is not { } key)
        {
            return true;
        }

        var now = timeProvider.GetUtcNow();
        var json = $$"""{"seenUtc":"{{now.ToString("O", CultureInfo.InvariantCulture)}}"}""";
        var claim = await store.PutAsync(key, json, PutCondition.CreateOnly, turn.CancellationToken);
        if (claim.Outcome == PutOutcome.Written)
        {
            return true;
        }

        // A claim older than the window (not yet swept) belongs to an earlier use of the same id.
        var existing = await store.GetAsync(key, turn.CancellationToken);
        if (existing is not null && now - SeenUtc(existing) > options.Value.DuplicateWindow
            && (await store.PutAsync(key, json, PutCondition.Matching(existing.ETag), turn.CancellationToken)).Outcome == PutOutcome.Written)
        {
            return true;
        }

        ProtocolLog.Duplicate(logger);
        return false;
    }

    /// Gives the activity up again (its turn was cancelled before it could answer).
    public async Task ReleaseAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (Key(activity) is { } key)
        {
            await store.DeleteAsync(key, null, cancellationToken);
        }
    }

    /// Deletes claims older than the window; returns how many went.
    public Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        return store.DeleteWhereAsync(Prefix, document => now - SeenUtc(document) > options.Value.DuplicateWindow, cancellationToken);
    }

    private static string? Key(Activity activity) =>
        string.IsNullOrEmpty(activity.Id) || string.IsNullOrEmpty(activity.Conversation?.Id)
            ? null
            : $"{Prefix}{DocumentKey.Hash(activity.Conversation.Id)}/{DocumentKey.Segment(activity.Id)}";

    private static DateTimeOffset SeenUtc(StoredDocument document)
    {
        using var json = System.Text.Json.JsonDocument.Parse(document.Json);
        return json.RootElement.TryGetProperty("seenUtc", out var seen) && seen.TryGetDateTimeOffset(out var value)
            ? value
            : DateTimeOffset.MinValue;
    }
}

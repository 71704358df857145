using System.Text.Json;
using System.Threading.RateLimiting;
using KommunalBot.Bot.Protocol;
using KommunalBot.Bot.Resources;
using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Features.Access;

/// Bounds the work one person or one tenant can cause, before anything else runs: messages and card
/// actions per user and per tenant (token buckets), and the length of text and card fields. Whoever goes
/// over gets a short friendly note (at most one per minute, so a flood is not answered by a flood).
internal sealed class TurnLimits(Texts texts, IOptions<BotOptions> options, ILogger<TurnLimits> logger) : ITurnMiddleware, IDisposable
{
    /// Longest string in a card action's data: ids, page numbers and feedback reasons need far less.
    public const int MaxCardFieldLength = 2000;

    private readonly PartitionedRateLimiter<string> limiter = CreateLimiter(options.Value);

    public int Order => -200;

    public async Task<bool> OnTurnAsync(TurnContext turn)
    {
        var activity = turn.Activity;
        if (activity.Type is not (ActivityTypes.Message or ActivityTypes.Invoke))
        {
            return true;
        }

        var user = $"user/{turn.TenantId}/{activity.From?.Id}";
        using (var lease = limiter.AttemptAcquire(user))
        using (var tenantLease = lease.IsAcquired ? limiter.AttemptAcquire("tenant/" + turn.TenantId) : null)
        {
            if (!lease.IsAcquired || tenantLease?.IsAcquired != true)
            {
                AccessLog.RateLimited(logger, lease.IsAcquired ? "tenant" : "user");
                using var notice = limiter.AttemptAcquire("notice/" + user);
                await RefuseAsync(turn, notice.IsAcquired ? "rateLimited" : null);
                return false;
            }
        }

        if ((activity.Text?.Length ?? 0) > options.Value.MaxTextLength || HasLongString(activity.Value, depth: 0))
        {
            AccessLog.InputTooLong(logger, activity.Text?.Length ?? 0);
            var addressed = activity.IsPersonal() || activity.MentionsBot() || activity.Value is not null;
            await RefuseAsync(turn, addressed ? "inputTooLong" : null);
            return false;
        }

        return true;
    }

    public void Dispose() => limiter.Dispose();

    private async Task RefuseAsync(TurnContext turn, string? textKey)
    {
        var text = textKey is null ? null : texts.Get(textKey, turn.Culture);
        if (turn.Activity.Type == ActivityTypes.Invoke)
        {
            turn.InvokeResponse = InvokeResponse.Message(text ?? texts.Get("rateLimited", turn.Culture));
        }
        else if (text is not null)
        {
            await turn.ReplyWithTextAsync(text);
        }
    }

    /// Card data is small; nesting deeper than 8 levels or a string over the cap means it was not our card.
    /// Characters are counted, not their JSON escapes (Teams may send "ä" as six characters `\u00e4`).
    private static bool HasLongString(JsonElement? value, int depth) => value switch
    {
        null => false,
        { ValueKind: JsonValueKind.String } s => (JsonFields.AsString(s)?.Length ?? s.GetRawText().Length) > MaxCardFieldLength,
        { ValueKind: JsonValueKind.Object } o => depth > 8 || o.EnumerateObject().Any(p => p.Name.Length > MaxCardFieldLength || HasLongString(p.Value, depth + 1)),
        { ValueKind: JsonValueKind.Array } a => depth > 8 || a.EnumerateArray().Any(e => HasLongString(e, depth + 1)),
        _ => false,
    };

    private static PartitionedRateLimiter<string> CreateLimiter(BotOptions options) =>
        PartitionedRateLimiter.Create<string, string>(key => key switch
        {
            _ when key.StartsWith("tenant/", StringComparison.Ordinal) => Bucket(key, options.TenantBurst, options.TenantInterval),
            _ when key.StartsWith("notice/", StringComparison.Ordinal) => Bucket(key, 1, NoticeInterval),
            _ => Bucket(key, options.UserBurst, options.UserInterval),
        });

    /// One friendly note per minute and person at most.
    private static readonly TimeSpan NoticeInterval = TimeSpan.FromMinutes(1);

    private static RateLimitPartition<string> Bucket(string key, int burst, TimeSpan interval) =>
        RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = burst,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = interval,
            QueueLimit = 0,
            AutoReplenishment = true,
        });
}

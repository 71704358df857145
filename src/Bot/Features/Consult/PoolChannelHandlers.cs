using System.Text.RegularExpressions;
using KommunalBot.Bot.Features.Access;
using KommunalBot.Bot.Protocol;
using KommunalBot.Bot.Resources;
using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Features.Consult;

/// `hier beraten {pool}` (English `consult here {pool}`), typed by an admin with an @mention in any channel of a
/// team: binds that channel to the advisor pool, so the pool's request cards are posted there. A claim on free text
/// rather than a command word: "hier" starts many questions.
internal sealed partial class PoolChannelHandlers(
    PoolChannelStore channels,
    AdvisorCards cards,
    ConsultStore store,
    AccessPolicy access,
    Texts texts,
    IOptions<ConsultOptions> options,
    TimeProvider timeProvider,
    ILogger<PoolChannelHandlers> logger) : IBotFeature
{
    public void Register(BotRoutes routes) => routes.OnMessageClaim(BindAsync);

    private async Task<bool> BindAsync(TurnContext turn)
    {
        if (BindCommand().Match(turn.Text.Trim()) is not { Success: true } match)
        {
            return false;
        }

        var settings = options.Value;
        var poolName = match.Groups["pool"].Value;
        if (Refusal(turn, settings, poolName) is { } refusal)
        {
            AdvisorLog.BindRefused(logger, refusal.Key);
            await turn.ReplyWithTextAsync(Text(turn, refusal.Key, refusal.Arguments));
            return true;
        }

        var pool = settings.Pool(poolName)!;
        var activity = turn.Activity;
        var binding = new PoolChannelBinding(pool.Name, ConversationReference.From(activity, timeProvider.GetUtcNow()), timeProvider.GetUtcNow());
        var previous = await channels.GetAsync(pool.Name, turn.CancellationToken);
        await channels.SaveAsync(binding, turn.CancellationToken);
        var open = await PostOpenAsync(binding, turn.CancellationToken);
        var moved = previous is not null && previous.Channel.ConversationId != binding.Channel.ConversationId;
        var reply = Text(turn, "consultAdvisorBindDone", pool.Name)
            + (open > 0 ? " " + Text(turn, "consultAdvisorBindOpen", open) : string.Empty)
            + (moved ? " " + Text(turn, "consultAdvisorBindMoved") : string.Empty);
        await turn.ReplyWithTextAsync(reply);
        AdvisorLog.Bound(logger, pool.Name, turn.TenantId, open);
        return true;
    }

    /// Why the binding is refused (a text key and its arguments), or null.
    private (string Key, object[] Arguments)? Refusal(TurnContext turn, ConsultOptions settings, string poolName)
    {
        var activity = turn.Activity;
        var pool = settings.Pool(poolName);
        var configured = string.Join(", ", settings.Pools.Select(p => p.Name));
        if (activity.ConversationType() != "channel" || activity.ChannelIdInTeam() is null)
        {
            return ("consultAdvisorBindNotChannel", []);
        }

        if (!access.RolesOf(turn.TenantId, activity.From?.AadObjectId).Contains(Role.Admin))
        {
            return ("consultAdvisorBindNotAdmin", []);
        }

        if (settings.Pools.Count == 0)
        {
            return ("consultAdvisorBindNoPools", []);
        }

        if (pool is null)
        {
            return poolName.Length == 0
                ? ("consultAdvisorBindNoPool", [configured, settings.Pools[0].Name])
                : ("consultAdvisorBindUnknownPool", [poolName, configured, settings.Pools[0].Name]);
        }

        // The pool's members act in its tenant: a channel elsewhere would show them cards they cannot act on.
        return string.Equals(pool.TenantId, turn.TenantId, StringComparison.OrdinalIgnoreCase) ? null : ("consultAdvisorBindOtherTenant", [pool.Name]);
    }

    /// The cards of the pool's open requests, so that none created while the pool had no channel stays unseen.
    private async Task<int> PostOpenAsync(PoolChannelBinding binding, CancellationToken cancellationToken)
    {
        var posted = 0;
        await foreach (var request in store.ListOpenAsync(cancellationToken))
        {
            if (string.Equals(request.Pool, binding.Pool, StringComparison.OrdinalIgnoreCase))
            {
                await cards.PostAsync(request, binding, mayExist: true, cancellationToken);
                posted++;
            }
        }

        return posted;
    }

    private string Text(TurnContext turn, string key, params object[] arguments) =>
        string.Format(turn.Culture, texts.Get(key, turn.Culture), arguments);

    [GeneratedRegex(@"^(?:hier\s+beraten|consult\s+here)(?:\s+(?<pool>\S+))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BindCommand();
}

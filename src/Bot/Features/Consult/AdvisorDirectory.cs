using System.Collections.Concurrent;
using KommunalBot.Bot.Protocol;
using KommunalBot.Bot.Protocol.Connector;

namespace KommunalBot.Bot.Features.Consult;

/// Names and Teams user ids of pool members, which the configuration does not have (it lists Entra object ids): the
/// card's refresh needs the Teams user ids, "Zuweisen an …" the names. Learnt from the members' own activities, else
/// asked of Teams once (GET v3/conversations/{channel}/members/{objectId} in the pool's channel), and kept in memory
/// only, for a day: nothing about the advisors is stored, and a renamed member shows the new name the next day.
internal sealed class AdvisorDirectory(ConnectorClient connector, TimeProvider timeProvider, ILogger<AdvisorDirectory> logger)
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromDays(1);

    private readonly ConcurrentDictionary<string, (AdvisorMember Member, DateTimeOffset Until)> known = new(StringComparer.OrdinalIgnoreCase);

    /// What an activity of a pool member tells about them (the invoke of a button, the card's refresh).
    public void Remember(string tenantId, string objectId, string? userId, string? name)
    {
        if (objectId.Length > 0 && !string.IsNullOrEmpty(userId) && !string.IsNullOrEmpty(name))
        {
            known[Key(tenantId, objectId)] = (new AdvisorMember(objectId, userId, name), timeProvider.GetUtcNow() + KeepFor);
        }
    }

    /// The pool's members in configuration order; those Teams does not know in <paramref name="channel"/> (not in the
    /// team, or no channel bound yet) come without user id and name.
    public async Task<IReadOnlyList<AdvisorMember>> MembersAsync(AdvisorPool pool, ConversationReference? channel, CancellationToken cancellationToken)
    {
        var members = new List<AdvisorMember>(pool.Members.Count);
        foreach (var objectId in pool.Members)
        {
            members.Add(await MemberAsync(pool, objectId, channel, cancellationToken));
        }

        return members;
    }

    private async Task<AdvisorMember> MemberAsync(AdvisorPool pool, string objectId, ConversationReference? channel, CancellationToken cancellationToken)
    {
        var key = Key(pool.TenantId, objectId);
        var now = timeProvider.GetUtcNow();
        if (known.TryGetValue(key, out var cached) && cached.Until > now)
        {
            return cached.Member;
        }

        if (channel is null)
        {
            return new AdvisorMember(objectId, null, null);
        }

        AdvisorMember member;
        try
        {
            var account = await connector.GetMemberAsync(channel.ServiceUrl, channel.ConversationId, objectId, cancellationToken);
            member = new AdvisorMember(objectId, account.Id, account.Name);
        }
        catch (ConnectorException exception)
        {
            // Not in the channel's team (404) or Teams unavailable: shown by object id, asked again tomorrow.
            AdvisorLog.MemberUnknown(logger, pool.Name, exception.Status);
            member = new AdvisorMember(objectId, null, null);
        }

        known[key] = (member, now + KeepFor);
        return member;
    }

    private static string Key(string tenantId, string objectId) => tenantId + "/" + objectId;
}

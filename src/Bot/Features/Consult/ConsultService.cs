using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Features.Consult;

/// The use cases every consulting request goes through: create (numbered, routed, stored) and move (decided by
/// <see cref="ConsultWorkflow"/>, written with its history entry in one conditional write, then the observers).
/// Two moves at the same moment: one write wins, the other decides again on what was written (so of two claims
/// the second is refused as already taken).
internal sealed partial class ConsultService(
    ConsultStore store,
    IOptions<ConsultOptions> options,
    IEnumerable<IConsultObserver> observers,
    TimeProvider timeProvider,
    ILogger<ConsultService> logger)
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    public async Task<ConsultRequest> CreateAsync(ConsultIntake intake, ConsultActor requester, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = timeProvider.GetUtcNow();
        var id = await store.NextIdAsync(TimeZoneInfo.ConvertTime(now, Berlin).Year, cancellationToken);
        var poolName = ConsultRouting.PoolFor(settings, intake.Topic, intake.Region, intake.Organisation);
        var pool = settings.Pool(poolName);
        var history = new List<ConsultHistoryEntry> { new(now, ConsultActionKind.Create, requester.ObjectId, requester.Name, ConsultStatus.Neu) };
        var request = new ConsultRequest
        {
            Id = id,
            TenantId = requester.TenantId,
            RequesterObjectId = requester.ObjectId,
            RequesterName = requester.Name,
            Organisation = intake.Organisation,
            Region = intake.Region,
            Topic = intake.Topic,
            Urgency = intake.Urgency,
            Text = intake.Text,
            PreferredContact = intake.PreferredContact,
            ConsentUtc = now,
            Pool = pool?.Name ?? poolName,
            Status = ConsultStatus.Neu,
            SlaDueUtc = ConsultSla.DueUtc(now, intake.Urgency, settings),
            Question = intake.Question,
            AnswerSeen = intake.AnswerSeen,
            CreatedUtc = now,
            UpdatedUtc = now,
        };
        if (pool is { Strategy: PoolStrategy.RoundRobin, Members.Count: > 0 })
        {
            var member = pool.Members[(await store.NextTurnAsync(pool.Name, cancellationToken) - 1) % pool.Members.Count];
            history.Add(new ConsultHistoryEntry(now, ConsultActionKind.Assign, ConsultActor.Bot.ObjectId, ConsultActor.Bot.Name, ConsultStatus.Zugewiesen, member));
            request = request with { Status = ConsultStatus.Zugewiesen, Assignee = member };
        }

        request = request with { History = history };
        if (!await store.CreateAsync(request, cancellationToken))
        {
            throw new InvalidOperationException($"Request id {id} was given out twice."); // the counter never repeats a number
        }

        ConsultLog.Created(logger, id, request.TenantId, request.Pool);
        foreach (var observer in observers)
        {
            await ObserveAsync(observer, request.Id, () => observer.OnCreatedAsync(request, cancellationToken));
        }

        return request;
    }

    /// The role the actor has on the request: its requester (same tenant and object id), a member of its pool (in the
    /// pool's tenant), or a stranger.
    public ConsultRole RoleOf(ConsultRequest request, ConsultActor actor)
    {
        if (SameTenant(actor.TenantId, request.TenantId) && SameId(actor.ObjectId, request.RequesterObjectId))
        {
            return ConsultRole.Requester;
        }

        var pool = options.Value.Pool(request.Pool);
        return pool is not null && SameTenant(actor.TenantId, pool.TenantId) && pool.Members.Any(m => SameId(m, actor.ObjectId))
            ? ConsultRole.PoolMember
            : ConsultRole.Stranger;
    }

    private async Task ObserveAsync(IConsultObserver observer, string id, Func<Task> work)
    {
        try
        {
            await work();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            ConsultLog.ObserverFailed(logger, observer.GetType().Name, id, exception);
        }
    }

    private static bool SameTenant(string a, string b) => a.Length > 0 && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    // Entra object ids are GUIDs that Teams and Entra spell in either case.
    private static bool SameId(string a, string b) => a.Length > 0 && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}

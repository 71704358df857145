namespace KommunalBot.Bot.Features.Delivery;

/// Memory: a conversation is held while it has queued work, calls in flight or calls still in one of its windows, a
/// tenant likewise or while paused. Each log is looked at again when its newest call leaves the longest window, so
/// 11,000 conversations posted to once cost 11,000 timestamps for an hour and nothing after.
internal sealed partial class DeliveryScheduler
{
    private readonly PriorityQueue<SchedulerConversation, long> conversationsToForget = new();
    private readonly PriorityQueue<SchedulerTenant, long> tenantsToForget = new();

    /// Tenants and conversations still held: for tests.
    internal (int Tenants, int Conversations) Held => (tenants.Count, tenants.Values.Sum(tenant => tenant.Conversations.Count));

    /// After a completion: when the conversation's and the tenant's logs are to be looked at again.
    private void ScheduleForget(SchedulerConversation conversation, long now)
    {
        var tenant = conversation.Tenant;
        if (conversation.Log.Count == 0)
        {
            tenant.ForgetIfIdle(conversation); // no conversation limits: nothing to remember
        }
        else if (!conversation.ForgetScheduled)
        {
            conversation.ForgetScheduled = true;
            conversationsToForget.Enqueue(conversation, conversation.Log.ExpiresAt);
        }

        ScheduleForget(tenant, now);
        ForgetIfIdle(tenant, now);
    }

    /// Drops window logs whose calls count in no window any more, and conversations and tenants left with nothing.
    private void Forget(long now)
    {
        while (conversationsToForget.TryPeek(out var conversation, out var due) && due <= now)
        {
            conversationsToForget.Dequeue();
            conversation.Log.Prune(now);
            if (conversation.Log.Count > 0)
            {
                conversationsToForget.Enqueue(conversation, conversation.Log.ExpiresAt);
                continue;
            }

            conversation.ForgetScheduled = false;
            conversation.Tenant.ForgetIfIdle(conversation);
            ForgetIfIdle(conversation.Tenant, now);
        }

        while (tenantsToForget.TryPeek(out var tenant, out var due) && due <= now)
        {
            tenantsToForget.Dequeue();
            tenant.ForgetScheduled = false;
            tenant.Log.Prune(now);
            ScheduleForget(tenant, now);
            ForgetIfIdle(tenant, now);
        }
    }

    private void ScheduleForget(SchedulerTenant tenant, long now)
    {
        if (!tenant.ForgetScheduled && tenant.ForgetAt(now) is var due && due != long.MaxValue)
        {
            tenant.ForgetScheduled = true;
            tenantsToForget.Enqueue(tenant, due);
        }
    }

    private void ForgetIfIdle(SchedulerTenant tenant, long now)
    {
        if (tenant.IsIdle(now) && tenants.TryGetValue(tenant.Id, out var current) && current == tenant)
        {
            tenants.Remove(tenant.Id);
        }
    }
}

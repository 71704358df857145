using System.Globalization;
using KommunalBot.Bot.Operations.Jobs;
using KommunalBot.Bot.Protocol.Connector;
using KommunalBot.Bot.Storage;
using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Features.Consult;

/// Every minute, on one bot instance: each open request still Neu past its SLA due time is escalated once
/// (ConsultService Escalate, by the bot) and the pool's lead is @mentioned in its thread. A run after a restart or an
/// outage finds what fell due meanwhile; the mention of an escalation written just before a crash is posted at the
/// next run (its content id is that of the history entry, so it goes out once).
internal sealed class ConsultSlaJob(
    ConsultStore store,
    ConsultService service,
    RelayOutbox relay,
    ConnectorClient connector,
    IOptions<ConsultOptions> options,
    ILeases leases,
    IOptions<JobsOptions> jobs,
    TimeProvider timeProvider,
    ILogger<ConsultSlaJob> logger)
    : SingleRunnerJob(leases, jobs, timeProvider, logger)
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    protected override string JobName => "consult-sla";

    protected override TimeSpan Interval => TimeSpan.FromMinutes(1);

    protected override Task RunAsync(CancellationToken cancellationToken) => EscalateDueAsync(cancellationToken);

    /// Returns how many requests were escalated by this run.
    internal async Task<int> EscalateDueAsync(CancellationToken cancellationToken)
    {
        var now = TimeProvider.GetUtcNow();
        var escalated = 0;
        await foreach (var request in store.ListOpenAsync(cancellationToken))
        {
            if (request is not { Status: ConsultStatus.Neu, SlaDueUtc: { } due } || due > now)
            {
                continue;
            }

            var current = request;
            if (request.EscalatedUtc is null)
            {
                if (await service.MoveAsync(request.Id, ConsultActor.Bot, ConsultActionKind.Escalate, cancellationToken) is not MoveOutcome.Moved moved)
                {
                    continue; // taken meanwhile
                }

                current = moved.Request;
                escalated++;
                RelayLog.Escalated(logger, request.Id, due);
            }

            await MentionLeadAsync(current, due, cancellationToken);
        }

        return escalated;
    }

    private async Task MentionLeadAsync(ConsultRequest request, DateTimeOffset due, CancellationToken cancellationToken)
    {
        var index = request.History.ToList().FindLastIndex(h => h is { Kind: ConsultActionKind.Escalate, Refused: null });
        var contentId = $"consult-{request.Id}-h{index}";
        if (index < 0 || await relay.QueuedAsync(contentId, cancellationToken))
        {
            return;
        }

        var lead = await LeadAsync(request, cancellationToken);
        var dueText = TimeZoneInfo.ConvertTime(due, Berlin).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);
        await relay.ToPoolAsync(request, contentId, culture =>
        {
            var at = lead is null ? string.Empty : lead.Text + " ";
            var values = new object[] { at, request.Id, request.Topic, request.Organisation, dueText };
            return (string.Format(culture, relay.Texts.Get("consultRelayEscalation", culture), values),
                string.Format(culture, relay.Texts.Get("consultRelayEscalationSummary", culture), values));
        }, cancellationToken, lead is null ? null : [lead]);
    }

    /// The pool lead as Teams knows them in the pool's channel (their `29:` id and name); by Entra object id
    /// (`8:orgid:…`) when Teams cannot say. Null when the pool has no lead.
    private async Task<RelayMention?> LeadAsync(ConsultRequest request, CancellationToken cancellationToken)
    {
        if (options.Value.Pool(request.Pool) is not { Lead.Length: > 0 } pool)
        {
            return null;
        }

        var name = relay.Texts.Get("consultRelayLeadFallback", Resources.Texts.German);
        var id = "8:orgid:" + pool.Lead;
        if (await relay.PoolChannelAsync(pool.Name, cancellationToken) is { } channel)
        {
            try
            {
                var member = await connector.GetMemberAsync(channel.ServiceUrl, channel.ConversationId, pool.Lead, cancellationToken);
                (id, name) = (member.Id ?? id, member.Name ?? name);
            }
            catch (ConnectorException exception)
            {
                RelayLog.LeadNotFound(logger, request.Id, exception.GetType().Name);
            }
        }

        return new RelayMention(new RelayMentioned(id, name), $"<at>{name}</at>");
    }
}

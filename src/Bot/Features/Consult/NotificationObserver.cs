using System.Globalization;
using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Features.Consult;

/// Tells people what happened to a request (issue 12, "Notifications" and "Relay"), through Delivery: the clerk of
/// the assignment, every answer (the relay "Antworten → clerk 1:1"), status changes and closing; the assignee of an
/// assignment by someone else; the pool, in the request's thread, of the clerk's reply, added information or
/// withdrawal. One message per history entry: content id `consult-{id}-h{index}` (`…-assignee` for the second
/// message of an assignment), so an observer called again for the same change queues nothing new.
internal sealed class NotificationObserver(RelayOutbox relay, IOptions<ConsultOptions> options) : IConsultObserver
{
    public async Task OnCreatedAsync(ConsultRequest request, CancellationToken cancellationToken)
    {
        // A round-robin pool assigns at creation: the member whose turn it was learns of it.
        var index = request.History.Count - 1;
        if (request.Assignee is { } assignee && request.History[index].Kind == ConsultActionKind.Assign)
        {
            await ToAssigneeAsync(request, assignee, request.History[index], $"consult-{request.Id}-h{index}-assignee", cancellationToken);
        }
    }

    public async Task OnMovedAsync(ConsultRequest before, ConsultRequest after, ConsultHistoryEntry entry, CancellationToken cancellationToken)
    {
        var contentId = $"consult-{after.Id}-h{after.History.Count - 1}";
        switch (entry.Kind)
        {
            case ConsultActionKind.Claim or ConsultActionKind.Assign:
                await ToClerkAsync(after, contentId, "consultRelayAssigned", c => [after.Id, after.AssigneeName ?? entry.Detail ?? string.Empty], cancellationToken);
                if (entry.Kind == ConsultActionKind.Assign && after.Assignee is { } assignee && !SameId(assignee, entry.ActorObjectId))
                {
                    await ToAssigneeAsync(after, assignee, entry, contentId + "-assignee", cancellationToken);
                }

                break;
            case ConsultActionKind.Answer:
                await ToClerkAsync(after, contentId, "consultRelayAnswer", c => [entry.ActorName, after.Id, entry.Detail ?? string.Empty], cancellationToken);
                break;
            case ConsultActionKind.SetStatus or ConsultActionKind.Reopen:
                await ToClerkAsync(after, contentId, "consultRelayStatus", c => [after.Id, StatusLabel(after.Status, c)], cancellationToken);
                break;
            case ConsultActionKind.Close:
                await ToClerkAsync(after, contentId, "consultRelayClosed", c => [after.Id, entry.ActorName, after.Resolution ?? string.Empty], cancellationToken);
                break;
            case ConsultActionKind.Reply or ConsultActionKind.AddInfo or ConsultActionKind.Withdraw:
                var key = "consultRelayPool" + entry.Kind;
                await relay.ToPoolAsync(after, contentId, c => Message(key, c, [after.RequesterName, after.Organisation, after.Id, entry.Detail ?? string.Empty]), cancellationToken);
                break;
        }
    }

    private Task ToClerkAsync(ConsultRequest request, string contentId, string key, Func<CultureInfo, object[]> values, CancellationToken cancellationToken) =>
        relay.ToPersonAsync(request.TenantId, request.RequesterObjectId, contentId, c => Message(key, c, values(c)), cancellationToken);

    /// The assignee is a member of the request's pool, in the pool's tenant.
    private Task ToAssigneeAsync(ConsultRequest request, string assignee, ConsultHistoryEntry entry, string contentId, CancellationToken cancellationToken) =>
        options.Value.Pool(request.Pool) is { } pool
            ? relay.ToPersonAsync(pool.TenantId, assignee, contentId,
                c => Message("consultRelayAssignedToYou", c, [entry.ActorName, request.Id, request.Topic, request.Organisation]), cancellationToken)
            : Task.CompletedTask;

    private (string Text, string Summary) Message(string key, CultureInfo culture, object[] values) => (
        string.Format(culture, relay.Texts.Get(key, culture), values),
        string.Format(culture, relay.Texts.Get(key + "Summary", culture), values));

    private string StatusLabel(ConsultStatus status, CultureInfo culture) => relay.Texts.Get("consultRelayStatus" + status, culture);

    private static bool SameId(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}

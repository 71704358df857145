using KommunalBot.Bot.Features.Access;
using KommunalBot.Bot.Protocol;
using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Features.Consult;

/// Who may request consulting and see their requests: a person (Entra object id) of an allowed tenant with the
/// permission to request consulting, in their 1:1 chat with the bot. A request holds details about the clerk and their
/// municipality, so neither the form nor the list is shown in a channel or group chat, where others would read them.
/// Without a configured advisor pool nobody would read a request: the bot says so instead of accepting one.
internal sealed class ClerkGate(AccessPolicy access, IOptions<ConsultOptions> options)
{
    /// The clerk acting in this turn, or null with the text key of the reason they may not.
    public (ConsultActor? Clerk, string? RefusalKey) Check(TurnContext turn)
    {
        var from = turn.Activity.From;
        if (!turn.Activity.IsPersonal())
        {
            return (null, "consultIntakePersonalOnly");
        }

        if (string.IsNullOrEmpty(from?.AadObjectId) || !access.May(turn.TenantId, from.AadObjectId, Permission.RequestConsulting))
        {
            return (null, "consultIntakeNotAllowed");
        }

        if (options.Value.Pools.Count == 0)
        {
            return (null, "consultIntakeNoAdvisors");
        }

        return (new ConsultActor(turn.TenantId, from.AadObjectId, from.Name ?? string.Empty), null);
    }
}

using KommunalBot.Bot.Cards;
using KommunalBot.Bot.Protocol;
using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Features.Access;

/// Checked on every turn before anything else: a tenant that is not on the allow-list gets a polite
/// refusal card (only where someone is talking to the bot) and nothing else happens.
internal sealed class TenantGate(AccessPolicy policy, CardRenderer cards, IOptionsMonitor<AccessOptions> options, ILogger<TenantGate> logger) : ITurnMiddleware
{
    public int Order => -100;

    public async Task<bool> OnTurnAsync(TurnContext turn)
    {
        if (policy.Tenant(turn.TenantId) is not null)
        {
            return true;
        }

        AccessLog.TenantRefused(logger, turn.TenantId, turn.Activity.Type ?? "(none)");
        var card = cards.Render(new TenantRefusalCardData { TenantId = turn.TenantId, ContactUrl = options.CurrentValue.ContactUrl }, turn.Culture);
        switch (turn.Activity.Type)
        {
            case ActivityTypes.Invoke:
                turn.InvokeResponse = InvokeResponse.Card(card);
                break;
            case ActivityTypes.Message:
            case ActivityTypes.InstallationUpdate when turn.Activity.Action is "add" or "add-upgrade":
                await turn.ReplyWithCardAsync(card);
                break;
        }

        return false;
    }
}

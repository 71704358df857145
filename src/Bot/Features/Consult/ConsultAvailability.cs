using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Features.Consult;

/// Whether consulting can be asked for at all: only once an advisor pool is configured (`Consult:Pools`). Other features
/// show their "Beratung anfragen" buttons by it, so a fresh install offers no request nobody would read.
public sealed class ConsultAvailability(IOptionsMonitor<ConsultOptions> options)
{
    public bool IsOffered => options.CurrentValue.Pools.Count > 0;
}

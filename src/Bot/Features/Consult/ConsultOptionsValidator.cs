using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Features.Consult;

/// Reports every bad Consult setting by name at start-up.
internal sealed class ConsultOptionsValidator : IValidateOptions<ConsultOptions>
{
    public ValidateOptionsResult Validate(string? name, ConsultOptions options)
    {
        var failures = new List<string>();
        var pools = options.Pools.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Pools.Count; i++)
        {
            var pool = options.Pools[i];
            if (pool.Name.Length == 0 || !pool.Name.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            {
                failures.Add($"Consult:Pools:{i}:Name must be letters, digits and '-' (it is typed in 'hier beraten <name>').");
            }

            if (pool.TenantId.Length == 0)
            {
                failures.Add($"Consult:Pools:{i}:TenantId is required: the advisors' Microsoft 365 tenant.");
            }

            if (pool.Lead.Length > 0 && !pool.Members.Contains(pool.Lead, StringComparer.OrdinalIgnoreCase))
            {
                failures.Add($"Consult:Pools:{i}:Lead must be one of its Members.");
            }
        }

        if (options.Pools.Count > 0 && !pools.Contains(options.DefaultPool))
        {
            failures.Add("Consult:DefaultPool must name one of Consult:Pools.");
        }

        for (var i = 0; i < options.Routes.Count; i++)
        {
            if (!pools.Contains(options.Routes[i].Pool))
            {
                failures.Add($"Consult:Routes:{i}:Pool names no pool of Consult:Pools.");
            }
        }

        if (options.SlaWindow <= TimeSpan.Zero || options.UrgentSlaWindow <= TimeSpan.Zero || options.UrgentSlaWindow > options.SlaWindow)
        {
            failures.Add("Consult:SlaWindow and Consult:UrgentSlaWindow must be positive, the urgent one not longer.");
        }

        if (options.WorkdayStart < TimeSpan.Zero || options.WorkdayEnd > TimeSpan.FromHours(24) || options.WorkdayStart >= options.WorkdayEnd)
        {
            failures.Add("Consult:WorkdayStart must be before Consult:WorkdayEnd, both within the day.");
        }

        if (!ConsultSla.IsKnownState(options.HolidayState))
        {
            failures.Add("Consult:HolidayState must be the two-letter code of a Land (BW, BY, BE, BB, HB, HH, HE, MV, NI, NW, RP, SL, SN, ST, SH, TH).");
        }

        if (!Uri.TryCreate(options.KnowledgeSourceUrl, UriKind.Absolute, out var source) || source.Scheme is not ("https" or "http"))
        {
            failures.Add("Consult:KnowledgeSourceUrl must be an absolute http(s) address.");
        }

        if (options.MinDescriptionLength < 1 || options.MaxDescriptionLength < options.MinDescriptionLength)
        {
            failures.Add("Consult:MinDescriptionLength must be at least 1 and not above Consult:MaxDescriptionLength.");
        }

        if (options.MaxDescriptionLength > Access.TurnLimits.MaxCardFieldLength)
        {
            failures.Add($"Consult:MaxDescriptionLength must not exceed {Access.TurnLimits.MaxCardFieldLength}: longer card fields are refused before Consult sees them.");
        }

        if (options.Retention < TimeSpan.FromDays(1))
        {
            failures.Add("Consult:Retention must be at least one day.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Features.Broadcast;

/// Reports every bad Broadcast setting by name at start-up.
internal sealed class BroadcastOptionsValidator : IValidateOptions<BroadcastOptions>
{
    public ValidateOptionsResult Validate(string? name, BroadcastOptions options)
    {
        var failures = new List<string>();
        if (options.DigestMaxItems is < 1 or > 20)
        {
            failures.Add("Broadcast:DigestMaxItems must be 1-20 (a longer digest card gets too large for Teams).");
        }

        for (var i = 0; i < options.EditorAudiences.Count; i++)
        {
            var audience = options.EditorAudiences[i];
            if (string.IsNullOrWhiteSpace(audience.ObjectId) == string.IsNullOrWhiteSpace(audience.TenantId))
            {
                failures.Add($"Broadcast:EditorAudiences:{i} needs exactly one of ObjectId (one editor) or TenantId (every editor of an organisation).");
            }

            if (audience.Regions.Count == 0 || audience.Regions.Any(r => Regions.Normalize(r) is null))
            {
                failures.Add($"Broadcast:EditorAudiences:{i}:Regions must name at least one Land or Regierungsbezirk, e.g. \"NRW\" or \"Oberbayern\".");
            }
        }

        if (options.Retention <= TimeSpan.Zero)
        {
            failures.Add("Broadcast:Retention must be positive, e.g. \"365.00:00:00\".");
        }

        if (options.ReminderLead <= TimeSpan.Zero)
        {
            failures.Add("Broadcast:ReminderLead must be positive, e.g. \"1.00:00:00\".");
        }

        if (options.PublicBaseUrl.Length > 0 && !Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out _))
        {
            failures.Add("Broadcast:PublicBaseUrl must be an absolute URL such as https://kommunalbot.example.de, or empty.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

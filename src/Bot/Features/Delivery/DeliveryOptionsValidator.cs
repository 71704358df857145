using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Features.Delivery;

internal sealed class DeliveryOptionsValidator : IValidateOptions<DeliveryOptions>
{
    public ValidateOptionsResult Validate(string? name, DeliveryOptions options)
    {
        var failures = new List<string>();
        foreach (var (setting, spec) in new[] { ("ConversationLimits", options.ConversationLimits), ("TenantLimits", options.TenantLimits) })
        {
            try
            {
                RateLimit.ParseList(spec ?? "");
            }
            catch (FormatException ex)
            {
                failures.Add($"Delivery:{setting} must be limits like 7/1s,8/2s: {ex.Message}.");
            }
        }

        Require(failures, options.MaxMessageBytes is >= 1_000 and <= 100_000, "Delivery:MaxMessageBytes must be between 1000 and 100000 (Teams takes about 100 KB).");
        Require(failures, options.MaxInFlight is >= 1 and <= 256, "Delivery:MaxInFlight must be between 1 and 256.");
        Require(failures, options.MaxAttempts is >= 1 and <= 100, "Delivery:MaxAttempts must be between 1 and 100.");
        Require(failures, options.BaseBackoff > TimeSpan.Zero && options.BaseBackoff <= options.MaxBackoff,
            "Delivery:BaseBackoff must be positive and not above Delivery:MaxBackoff.");
        Require(failures, options.PollInterval >= TimeSpan.FromMilliseconds(100) && options.PollInterval <= TimeSpan.FromMinutes(5),
            "Delivery:PollInterval must be between 00:00:00.1 and 00:05:00.");
        Require(failures, options.CallTimeout >= TimeSpan.FromSeconds(1) && options.CallTimeout <= TimeSpan.FromMinutes(2),
            "Delivery:CallTimeout must be between 00:00:01 and 00:02:00.");
        Require(failures, options.Retention >= TimeSpan.FromDays(1), "Delivery:Retention must be at least one day.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Require(List<string> failures, bool condition, string message)
    {
        if (!condition)
        {
            failures.Add(message);
        }
    }
}

using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Protocol;

/// Names every bad `Bot:*` limit at start-up (STYLE habit 6).
internal sealed class BotOptionsValidator : IValidateOptions<BotOptions>
{
    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        var errors = new List<string>();
        foreach (var (key, value) in new[]
                 {
                     ("Bot:MaxActivityBytes", options.MaxActivityBytes), ("Bot:MaxIdLength", options.MaxIdLength),
                     ("Bot:MaxTextLength", options.MaxTextLength), ("Bot:UserBurst", options.UserBurst),
                     ("Bot:TenantBurst", options.TenantBurst),
                 })
        {
            if (value <= 0)
            {
                errors.Add($"{key} must be positive (was {value}).");
            }
        }

        foreach (var (key, value) in new[]
                 {
                     ("Bot:TurnTimeout", options.TurnTimeout), ("Bot:DuplicateWindow", options.DuplicateWindow),
                     ("Bot:UserInterval", options.UserInterval), ("Bot:TenantInterval", options.TenantInterval),
                 })
        {
            if (value <= TimeSpan.Zero)
            {
                errors.Add($"{key} must be a positive time span such as 00:00:15 (was {value}).");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}

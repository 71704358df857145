using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Protocol.Auth;

/// Checks the credential settings at start-up and names every bad key (STYLE habit 6).
internal sealed class BotAuthOptionsValidator : IValidateOptions<BotAuthOptions>
{
    public ValidateOptionsResult Validate(string? name, BotAuthOptions options)
    {
        var errors = new List<string>();
        var type = options.MicrosoftAppType;
        if (!type.Equals("MultiTenant", StringComparison.OrdinalIgnoreCase)
            && !type.Equals("SingleTenant", StringComparison.OrdinalIgnoreCase))
        {
            errors.Add($"MicrosoftAppType must be 'MultiTenant' or 'SingleTenant' (was '{type}'). UserAssignedMsi is not supported.");
        }

        if (options.AuthenticationEnabled)
        {
            if (!Guid.TryParse(options.MicrosoftAppId, out _))
            {
                errors.Add("MicrosoftAppId must be the GUID of the bot's Entra app registration.");
            }

            if (string.IsNullOrWhiteSpace(options.MicrosoftAppPassword))
            {
                errors.Add("MicrosoftAppPassword is required when MicrosoftAppId is set (the client secret for outbound tokens).");
            }

            if (options.IsSingleTenant && string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
            {
                errors.Add("MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant.");
            }
        }

        foreach (var (key, value) in new[]
                 {
                     (nameof(options.ToBotFromChannelOpenIdMetadataUrl), options.ToBotFromChannelOpenIdMetadataUrl),
                     (nameof(options.ToBotFromEmulatorOpenIdMetadataUrl), options.ToBotFromEmulatorOpenIdMetadataUrl),
                     (nameof(options.ToChannelFromBotOAuthScope), options.ToChannelFromBotOAuthScope),
                 })
        {
            if (!Uri.TryCreate(value, UriKind.Absolute, out _))
            {
                errors.Add($"{key} must be an absolute URL (was '{value}').");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}

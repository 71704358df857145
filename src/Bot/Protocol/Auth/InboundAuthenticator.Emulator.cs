using Microsoft.IdentityModel.JsonWebTokens;

namespace KommunalBot.Bot.Protocol.Auth;

/// Bot Framework Emulator / Entra tokens (learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-authentication, "Bot Framework Emulator"): the app id is in
/// `appid` (v1) or `azp` (v2), there are no endorsements and no serviceurl claim.
internal sealed partial class InboundAuthenticator
{
    private async Task<AuthOutcome> ValidateEmulatorAsync(string token, BotAuthOptions settings, CancellationToken cancellationToken)
    {
        var metadataUrl = settings.ToBotFromEmulatorOpenIdMetadataUrl;
        var configuration = await TryGetMetadataAsync(metadataUrl, cancellationToken);
        if (configuration is null)
        {
            return AuthOutcome.Refused("emulator OpenID metadata unavailable");
        }

        // The audience must be this bot: a token the bot itself got for the Bot Connector
        // (aud https://api.botframework.com, appid = this bot) must never come back in as a caller.
        var parameters = Parameters(configuration.SigningKeys, EmulatorIssuers.For(settings));
        parameters.ValidAudiences = [settings.MicrosoftAppId!, $"api://{settings.MicrosoftAppId}"];
        var result = await handler.ValidateTokenAsync(token, parameters);
        if (!result.IsValid)
        {
            return Refused(result, metadataUrl);
        }

        var jwt = (JsonWebToken)result.SecurityToken;
        var version = jwt.TryGetPayloadValue<string>("ver", out var ver) ? ver : null;
        var claim = version switch
        {
            null or "" or "1.0" => "appid",
            "2.0" => "azp",
            _ => null,
        };
        if (claim is null)
        {
            return AuthOutcome.Refused($"emulator token version '{version}' is not supported");
        }

        if (!jwt.TryGetPayloadValue<string>(claim, out var appId)
            || !string.Equals(appId, settings.MicrosoftAppId, StringComparison.OrdinalIgnoreCase))
        {
            return AuthOutcome.Refused($"emulator token's {claim} claim is not this bot's app id");
        }

        return AuthOutcome.Emulator(appId);
    }
}

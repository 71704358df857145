using KommunalBot.Bot.Protocol;
using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Features.Access;

public static class AccessFeature
{
    /// Tenant allow-list and roles (section `Access`).
    public static IHostApplicationBuilder AddAccess(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AccessOptions>().Bind(builder.Configuration.GetSection("Access")).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<AccessOptions>, AccessOptionsValidator>();
        builder.Services.AddSingleton<AccessPolicy>();
        builder.Services.AddSingleton<ITurnMiddleware, TenantGate>();
        builder.Services.AddSingleton<ITurnMiddleware, TurnLimits>();
        builder.Services.AddOptions<AdminAuthOptions>().Bind(builder.Configuration.GetSection("Admin")).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<AdminAuthOptions>, AdminAuthOptionsValidator>();
        builder.Services.AddSingleton<AdminAuthenticator>();
        return builder;
    }
}

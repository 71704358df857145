using KommunalBot.Bot.Protocol;
using KommunalBot.Bot.Protocol.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Features.Access;

public static class AccessFeature
{
    /// Tenant allow-list and roles (section `Access`); the admin API's authentication (section `Admin`)
    /// and one authorization policy per <see cref="Permission"/>.
    public static IHostApplicationBuilder AddAccess(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<AccessOptions>().Bind(builder.Configuration.GetSection("Access")).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AccessOptions>, AccessOptionsValidator>();
        services.AddSingleton<AccessPolicy>();
        services.AddSingleton<ITurnMiddleware, TenantGate>();
        services.AddSingleton<ITurnMiddleware, TurnLimits>();
        services.AddOptions<AdminAuthOptions>().Bind(builder.Configuration.GetSection("Admin")).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AdminAuthOptions>, AdminAuthOptionsValidator>();
        services.AddAuthentication()
            .AddPolicyScheme(AdminSchemes.Admin, null, options => options.ForwardDefaultSelector = EntraOrLocal)
            .AddJwtBearer(AdminSchemes.Entra, _ => { })
            .AddScheme<AuthenticationSchemeOptions, LocalAdminHandler>(AdminSchemes.Local, null);
        services.AddSingleton<IConfigureOptions<JwtBearerOptions>, AdminJwtBearerSetup>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, AdminProblems>();
        services.AddAuthorization(options =>
        {
            foreach (var permission in Enum.GetValues<Permission>())
            {
                options.AddPolicy(AdminSchemes.Policy(permission), policy => policy
                    .AddAuthenticationSchemes(AdminSchemes.Admin)
                    .RequireAuthenticatedUser()
                    .AddRequirements(new PermissionRequirement(permission)));
            }
        });
        return builder;
    }

    private static string EntraOrLocal(HttpContext context) =>
        context.RequestServices.GetRequiredService<IOptions<BotAuthOptions>>().Value.AuthenticationEnabled ? AdminSchemes.Entra : AdminSchemes.Local;
}

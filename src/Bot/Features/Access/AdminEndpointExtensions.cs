namespace KommunalBot.Bot.Features.Access;

public static class AdminEndpointExtensions
{
    /// Admin endpoints declare the permission they need; callers without it get 401/403 ProblemDetails.
    public static RouteHandlerBuilder RequirePermission(this RouteHandlerBuilder endpoint, Permission permission) =>
        endpoint.AddEndpointFilter(async (context, next) =>
        {
            var authenticator = context.HttpContext.RequestServices.GetRequiredService<AdminAuthenticator>();
            return await authenticator.AuthorizeAsync(context.HttpContext, permission) ?? await next(context);
        });
}

namespace KommunalBot.Bot.Features.Access;

public static class AdminEndpointExtensions
{
    /// Admin endpoints declare the permission they need; callers without it get 401/403 ProblemDetails.
    public static RouteHandlerBuilder RequirePermission(this RouteHandlerBuilder endpoint, Permission permission) =>
        endpoint.RequireAuthorization(AdminSchemes.Policy(permission));
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace KommunalBot.Bot.Features.Access;

/// Refusals of the admin API as problem details: 401 without a valid token, 503 when the Entra metadata
/// could not be read, 403 naming the permission the caller lacks
/// (learn.microsoft.com/aspnet/core/security/authorization/customizingauthorizationmiddlewareresponse).
internal sealed class AdminProblems : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler standard = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Succeeded || !policy.Requirements.OfType<PermissionRequirement>().Any())
        {
            await standard.HandleAsync(next, context, policy, authorizeResult);
            return;
        }

        var problem = authorizeResult switch
        {
            { Forbidden: true } => TypedResults.Problem(
                $"This needs the permission '{string.Join("', '", policy.Requirements.OfType<PermissionRequirement>().Select(r => r.Permission))}'.",
                statusCode: StatusCodes.Status403Forbidden),
            _ when context.Items.ContainsKey(AdminSchemes.MetadataUnavailable) => TypedResults.Problem(
                "The Entra ID metadata could not be read; try again later.", statusCode: StatusCodes.Status503ServiceUnavailable),
            _ => TypedResults.Problem("An Entra ID bearer token valid for this API is required.", statusCode: StatusCodes.Status401Unauthorized),
        };
        await problem.ExecuteAsync(context);
    }
}

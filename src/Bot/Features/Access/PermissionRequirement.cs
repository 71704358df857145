using Microsoft.AspNetCore.Authorization;

namespace KommunalBot.Bot.Features.Access;

/// What an admin endpoint needs; met when one of the caller's roles grants it (<see cref="AccessPolicy.Grants"/>).
internal sealed class PermissionRequirement(Permission permission) : AuthorizationHandler<PermissionRequirement>, IAuthorizationRequirement
{
    public Permission Permission => permission;

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        var roles = context.User.FindAll(AdminSchemes.RoleClaim).Select(claim => Enum.Parse<Role>(claim.Value));
        if (roles.Any(role => AccessPolicy.Grants(role, requirement.Permission)))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}

using KommunalBot.Bot.Features.Access;
using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Features.Playground;

/// While the playground is on, its example tenants are on the allow-list and its people hold their roles, in the
/// access policy's view only: the operator's settings stay as they are.
internal sealed class PlaygroundAccess : IPostConfigureOptions<AccessOptions>
{
    public void PostConfigure(string? name, AccessOptions options)
    {
        options.Tenants.AddRange(PlaygroundRoles.Tenants.Select(t => new AllowedTenant { TenantId = t.Id, Organisation = t.Organisation, Region = t.Region }));
        options.Roles.AddRange(PlaygroundRoles.All.Where(r => r.Role is not null).Select(r => new RoleAssignment { Role = r.Role!.Value, ObjectId = r.ObjectId }));
    }
}

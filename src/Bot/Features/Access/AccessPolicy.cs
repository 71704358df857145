using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Features.Access;

/// Answers "may this user do X" for every feature, from configuration.
public sealed class AccessPolicy(IOptionsMonitor<AccessOptions> options, IHostEnvironment environment)
{
    private static readonly Dictionary<Role, Permission[]> Permissions = new()
    {
        [Role.Guest] = [Permission.Ask],
        [Role.Member] = [Permission.Ask, Permission.RequestConsulting, Permission.SubmitBestPractice],
        [Role.Advisor] = [Permission.Ask, Permission.RequestConsulting, Permission.HandleConsulting],
        [Role.Editor] = [Permission.Ask, Permission.Publish, Permission.ViewKnowledgeGaps, Permission.ViewDeliveries, Permission.SubmitBestPractice],
        [Role.Admin] = Enum.GetValues<Permission>(),
    };

    /// The allow-list entry of a tenant; null when the tenant may not use the bot.
    public AllowedTenant? Tenant(string? tenantId)
    {
        var settings = options.CurrentValue;
        var entry = settings.Tenants.FirstOrDefault(t => string.Equals(t.TenantId, tenantId, StringComparison.OrdinalIgnoreCase));
        if (entry is not null)
        {
            return entry;
        }

        var anyTenant = settings.DangerouslyAllowAnyTenant || (environment.IsDevelopment() && settings.HasNoRealTenants);
        return anyTenant ? new AllowedTenant { TenantId = tenantId ?? string.Empty } : null;
    }

    /// Roles by object id win over roles by tenant; a user of an allowed tenant is at least a member.
    public IReadOnlySet<Role> RolesOf(string? tenantId, string? objectId)
    {
        var roles = new HashSet<Role>();
        var assignments = options.CurrentValue.Roles;
        var personal = assignments.Where(a => objectId is not null && string.Equals(a.ObjectId, objectId, StringComparison.OrdinalIgnoreCase)).ToList();
        var source = personal.Count > 0
            ? personal
            : assignments.Where(a => tenantId is not null && string.Equals(a.TenantId, tenantId, StringComparison.OrdinalIgnoreCase));
        roles.UnionWith(source.Select(a => a.Role));
        if (roles.Count == 0 && Tenant(tenantId) is not null)
        {
            roles.Add(Role.Member);
        }

        return roles;
    }

    public bool May(string? tenantId, string? objectId, Permission permission) =>
        RolesOf(tenantId, objectId).Any(role => Grants(role, permission));

    public static bool Grants(Role role, Permission permission) => Permissions[role].Contains(permission);
}

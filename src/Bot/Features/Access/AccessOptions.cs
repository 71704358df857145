namespace KommunalBot.Bot.Features.Access;

/// Section `Access`: which tenants may use the bot, and who holds which role.
public sealed class AccessOptions
{
    /// Tenant ids of the playground's example organisations start with this. Entra tenant ids are GUIDs, so an example
    /// tenant can never be taken for a real one; only the playground adds them, and only while it is on.
    public const string ExampleTenantPrefix = "playground-";

    /// The allow-list: every tenant (municipality or partner) that may use the bot.
    public List<AllowedTenant> Tenants { get; set; } = [];

    /// Lets every Microsoft 365 tenant in. Never set this in production: anyone could use the bot.
    public bool DangerouslyAllowAnyTenant { get; set; }

    /// Where a refused organisation learns how to get access (shown on the refusal card).
    public string ContactUrl { get; set; } = "https://www.baykommun.bayern";

    /// Role assignments by Entra object id (one person) or tenant id (everyone in that tenant).
    public List<RoleAssignment> Roles { get; set; } = [];

    public static bool IsExampleTenant(string? tenantId) => tenantId?.StartsWith(ExampleTenantPrefix, StringComparison.Ordinal) == true;

    /// True when no real tenant is on the allow-list (the playground's example tenants do not count).
    internal bool HasNoRealTenants => Tenants.All(t => IsExampleTenant(t.TenantId));
}

public sealed class AllowedTenant
{
    public string TenantId { get; set; } = string.Empty;

    /// e.g. "Stadt Musterstadt", "BayKommun".
    public string Organisation { get; set; } = string.Empty;

    /// e.g. "Bayern", "Oberbayern", "NRW".
    public string Region { get; set; } = string.Empty;
}

public sealed class RoleAssignment
{
    public Role Role { get; set; } = Role.Member;

    public string? ObjectId { get; set; }

    public string? TenantId { get; set; }
}

/// A guest is an external person invited for a project; members are staff of an allowed tenant.
public enum Role { Guest, Member, Advisor, Editor, Admin }

public enum Permission { Ask, RequestConsulting, SubmitBestPractice, HandleConsulting, Publish, ViewKnowledgeGaps, Administer }

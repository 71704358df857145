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

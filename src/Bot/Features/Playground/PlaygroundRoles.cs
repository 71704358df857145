using KommunalBot.Bot.Features.Access;

namespace KommunalBot.Bot.Features.Playground;

/// The example organisations and people of the playground. Tenant ids carry <see cref="AccessOptions.ExampleTenantPrefix"/>
/// and are no GUIDs, so nothing stored for them can be taken for a real tenant's; object ids are fixed GUIDs, so the
/// privacy export and erasure work for them as for real users.
internal static class PlaygroundRoles
{
    public static readonly PlaygroundTenant Musterstadt = new(AccessOptions.ExampleTenantPrefix + "musterstadt", "Stadt Musterstadt", "Bayern");
    public static readonly PlaygroundTenant Beispielhausen = new(AccessOptions.ExampleTenantPrefix + "beispielhausen", "Gemeinde Beispielhausen", "Bayern");
    public static readonly PlaygroundTenant BayKommun = new(AccessOptions.ExampleTenantPrefix + "baykommun", "BayKommun", "Bayern");

    public static readonly IReadOnlyList<PlaygroundTenant> Tenants = [Musterstadt, Beispielhausen, BayKommun];

    public static readonly IReadOnlyList<PlaygroundRole> All =
    [
        new("clerk-musterstadt", "Sachbearbeiterin, Stadt Musterstadt", "Anna Schmidt", "7f3e2a10-0c1b-4d5e-8f90-1a2b3c4d5e01", Musterstadt, null),
        new("clerk-beispielhausen", "Sachbearbeiter, Gemeinde Beispielhausen", "Jonas Weber", "7f3e2a10-0c1b-4d5e-8f90-1a2b3c4d5e02", Beispielhausen, null),
        new("advisor-baykommun", "Beraterin, BayKommun", "Maria Huber", "7f3e2a10-0c1b-4d5e-8f90-1a2b3c4d5e03", BayKommun, Role.Advisor),
        new("editor-baykommun", "Redakteur, BayKommun", "Lukas Bauer", "7f3e2a10-0c1b-4d5e-8f90-1a2b3c4d5e04", BayKommun, Role.Editor),
        new("admin-baykommun", "Administratorin, BayKommun", "Sabine Keller", "7f3e2a10-0c1b-4d5e-8f90-1a2b3c4d5e05", BayKommun, Role.Admin),
    ];

    public static PlaygroundRole? Find(string? id) => All.FirstOrDefault(r => r.Id == id);
}

namespace KommunalBot.Bot.Features.Access;

public sealed class AllowedTenant
{
    public string TenantId { get; set; } = string.Empty;

    /// e.g. "Stadt Musterstadt", "BayKommun".
    public string Organisation { get; set; } = string.Empty;

    /// e.g. "Bayern", "Oberbayern", "NRW".
    public string Region { get; set; } = string.Empty;
}

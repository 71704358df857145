namespace KommunalBot.Bot.Features.Access;

public sealed class RoleAssignment
{
    public Role Role { get; set; } = Role.Member;

    public string? ObjectId { get; set; }

    public string? TenantId { get; set; }
}

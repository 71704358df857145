using KommunalBot.Bot.Features.Access;

namespace KommunalBot.Bot.Features.Playground;

/// One identity the playground page lets a visitor take: a user of an example tenant, with the bot role it holds
/// there (null: a member, the role every user of an allowed tenant has).
internal sealed record PlaygroundRole(
    string Id, string Label, string UserName, string ObjectId, PlaygroundTenant Tenant, Role? Role)
{
    /// The Teams user id ("29:…") the bot sees in from.id.
    public string UserId => "29:" + AccessOptions.ExampleTenantPrefix + Id;
}

internal sealed record PlaygroundTenant(string Id, string Organisation, string Region);

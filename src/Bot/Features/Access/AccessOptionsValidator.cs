using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Features.Access;

/// Production refuses to start without an allow-list, unless the alarming switch says otherwise.
internal sealed class AccessOptionsValidator(IHostEnvironment environment) : IValidateOptions<AccessOptions>
{
    public ValidateOptionsResult Validate(string? name, AccessOptions options)
    {
        var errors = new List<string>();
        if (!environment.IsDevelopment() && options.Tenants.Count == 0 && !options.DangerouslyAllowAnyTenant)
        {
            errors.Add("Access:Tenants is empty. Add the tenants that may use the bot (Access__Tenants__0__TenantId, " +
                       "Access__Tenants__0__Organisation, Access__Tenants__0__Region), or set Access:DangerouslyAllowAnyTenant=true.");
        }

        for (var i = 0; i < options.Tenants.Count; i++)
        {
            if (!Guid.TryParse(options.Tenants[i].TenantId, out _) && !AccessOptions.IsExampleTenant(options.Tenants[i].TenantId))
            {
                errors.Add($"Access:Tenants:{i}:TenantId must be a tenant GUID (was '{options.Tenants[i].TenantId}').");
            }
        }

        for (var i = 0; i < options.Roles.Count; i++)
        {
            var role = options.Roles[i];
            if (string.IsNullOrWhiteSpace(role.ObjectId) == string.IsNullOrWhiteSpace(role.TenantId))
            {
                errors.Add($"Access:Roles:{i} must name exactly one of ObjectId or TenantId.");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}

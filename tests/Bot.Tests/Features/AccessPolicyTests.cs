using KommunalBot.Bot.Features.Access;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Tests.Features;

/// "May this user do X": roles by object id or tenant, members by default, guests only ask.
public sealed class AccessPolicyTests
{
    private const string Kommune = "11111111-1111-4111-8111-111111111111";
    private const string BayKommun = "22222222-2222-4222-8222-222222222222";
    private const string Advisor = "aaaaaaaa-0000-4000-8000-00000000000a";
    private const string Guest = "bbbbbbbb-0000-4000-8000-00000000000b";
    private const string Admin = "cccccccc-0000-4000-8000-00000000000c";

    private readonly AccessPolicy policy = new(new StaticMonitor(new AccessOptions
    {
        Tenants =
        [
            new AllowedTenant { TenantId = Kommune, Organisation = "Stadt Musterstadt", Region = "Oberbayern" },
            new AllowedTenant { TenantId = BayKommun, Organisation = "BayKommun", Region = "Bayern" },
        ],
        Roles =
        [
            new RoleAssignment { Role = Role.Advisor, TenantId = BayKommun },
            new RoleAssignment { Role = Role.Guest, ObjectId = Guest },
            new RoleAssignment { Role = Role.Admin, ObjectId = Admin },
        ],
    }), new ProductionEnvironment());

    [Theory]
    [InlineData(Kommune, "someone", Permission.Ask, true)]
    [InlineData(Kommune, "someone", Permission.RequestConsulting, true)]
    [InlineData(Kommune, "someone", Permission.HandleConsulting, false)]
    [InlineData(Kommune, "someone", Permission.ViewKnowledgeGaps, false)]
    [InlineData(BayKommun, Advisor, Permission.HandleConsulting, true)]
    [InlineData(BayKommun, Advisor, Permission.Publish, false)]
    [InlineData(Kommune, Guest, Permission.Ask, true)]
    [InlineData(Kommune, Guest, Permission.RequestConsulting, false)]
    [InlineData(BayKommun, Admin, Permission.Administer, true)]
    [InlineData(BayKommun, Admin, Permission.ViewKnowledgeGaps, true)]
    [InlineData(BayKommun, Admin, Permission.ViewDeliveries, true)]
    [InlineData(BayKommun, Advisor, Permission.ViewDeliveries, false)]
    [InlineData(Kommune, "someone", Permission.ViewDeliveries, false)]
    [InlineData("99999999-9999-4999-8999-999999999999", "someone", Permission.Ask, false)]
    public void May_FollowsTheConfiguredRoles(string tenantId, string objectId, Permission permission, bool expected) =>
        Assert.Equal(expected, policy.May(tenantId, objectId, permission));

    [Fact]
    public void Tenant_OnTheAllowList_CarriesOrganisationAndRegion()
    {
        var tenant = policy.Tenant(Kommune);

        Assert.NotNull(tenant);
        Assert.Equal("Stadt Musterstadt", tenant.Organisation);
        Assert.Equal("Oberbayern", tenant.Region);
    }

    private sealed class StaticMonitor(AccessOptions value) : IOptionsMonitor<AccessOptions>
    {
        public AccessOptions CurrentValue => value;

        public AccessOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<AccessOptions, string?> listener) => null;
    }

    private sealed class ProductionEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Production;
        public string ApplicationName { get; set; } = "KommunalBot";
        public string ContentRootPath { get; set; } = "/";
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}

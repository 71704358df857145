using KommunalBot.Bot.Features.Access;
using KommunalBot.Bot.Protocol;
using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Features.Delivery;

public static class DeliveryFeature
{
    /// The outbox (<see cref="IOutbox"/>) and its sender, a single-runner job; for editors the reports, recall and
    /// the `zustellungen` command; export and erasure of personal deliveries; the daily retention run.
    public static IHostApplicationBuilder AddDelivery(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<DeliveryOptions>().Bind(builder.Configuration.GetSection(DeliveryOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DeliveryOptions>, DeliveryOptionsValidator>();
        services.AddSingleton<DeliveryStore>();
        services.AddSingleton<DeliveryPersonIndex>();
        services.AddSingleton<DeliverySignal>();
        services.AddSingleton<IOutbox, Outbox>();
        services.AddSingleton<DeliveryMessages>();
        services.AddSingleton<DeliverySteps>();
        services.AddHostedService<DeliverySender>();
        services.AddSingleton<DeliveryCards>();
        services.AddSingleton<DeliveryEditors>();
        services.AddSingleton<IBotFeature, DeliveryHandlers>();
        services.AddSingleton<Privacy.IPersonalData, DeliveryPersonalData>();
        services.AddSingleton<DeliveryRetention>();
        services.AddHostedService(sp => sp.GetRequiredService<DeliveryRetention>());
        return builder;
    }

    /// The editors' admin API (README, "Admin API"): reading needs <see cref="Permission.ViewDeliveries"/>, recalling
    /// <see cref="Permission.Publish"/>; both are Editor and Admin.
    public static IEndpointRouteBuilder MapDelivery(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/admin/deliveries", DeliveryEndpoints.ListAsync).RequirePermission(Permission.ViewDeliveries);
        endpoints.MapGet("/admin/deliveries/{contentId}", DeliveryEndpoints.GetAsync).RequirePermission(Permission.ViewDeliveries);
        endpoints.MapPost("/admin/deliveries/{contentId}/recall", DeliveryEndpoints.RecallAsync).RequirePermission(Permission.Publish);
        return endpoints;
    }
}

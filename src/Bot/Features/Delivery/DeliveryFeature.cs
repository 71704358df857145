using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Features.Delivery;

public static class DeliveryFeature
{
    /// The outbox (<see cref="IOutbox"/>) and its sender, a single-runner job.
    public static IHostApplicationBuilder AddDelivery(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<DeliveryOptions>().Bind(builder.Configuration.GetSection(DeliveryOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DeliveryOptions>, DeliveryOptionsValidator>();
        services.AddSingleton<DeliveryStore>();
        services.AddSingleton<DeliverySignal>();
        services.AddSingleton<IOutbox, Outbox>();
        services.AddSingleton<DeliveryMessages>();
        services.AddSingleton<DeliverySteps>();
        services.AddHostedService<DeliverySender>();
        return builder;
    }
}

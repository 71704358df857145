using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Features.Consult;

public static class ConsultFeature
{
    /// Consulting requests: the workflow, the store, routing to advisor pools.
    public static IHostApplicationBuilder AddConsult(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ConsultOptions>().Bind(builder.Configuration.GetSection(ConsultOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ConsultOptions>, ConsultOptionsValidator>();
        services.AddSingleton<ConsultStore>();
        services.AddSingleton<ConsultService>();
        services.AddSingleton<ConsultAvailability>();
        services.AddConsultAdvisors();
        services.AddConsultIntake();
        services.AddConsultRelay();
        return builder;
    }

    /// Consult's admin endpoints.
    public static IEndpointRouteBuilder MapConsult(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapConsultDrafts();
        return endpoints;
    }
}

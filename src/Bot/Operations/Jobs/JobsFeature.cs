using KommunalBot.Bot.Storage;

namespace KommunalBot.Bot.Operations.Jobs;

public static class JobsFeature
{
    /// Leases (beside the document store, by Storage:Provider) and the settings for <see cref="SingleRunnerJob"/>s;
    /// each feature registers its own jobs as hosted services.
    public static IHostApplicationBuilder AddJobs(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<JobsOptions>()
            .Bind(builder.Configuration.GetSection(JobsOptions.SectionName))
            .Validate(
                options => options.LeaseDuration >= JobsOptions.MinLeaseDuration && options.LeaseDuration <= JobsOptions.MaxLeaseDuration,
                "Jobs:LeaseDuration must be between 00:00:15 and 00:01:00 (the range Azure blob leases allow).")
            .ValidateOnStart();
        builder.Services.AddSingleton<ILeases>(LeaseBackends.Create);
        return builder;
    }
}

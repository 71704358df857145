using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Features.Knowledge;

/// A setting under its old name would be ignored silently; say where it went instead.
internal sealed class KnowledgeOptionsValidator(IConfiguration configuration) : IValidateOptions<KnowledgeOptions>
{
    public ValidateOptionsResult Validate(string? name, KnowledgeOptions options)
    {
        var errors = new List<string>();
        if (configuration["Ask:KnowledgePath"] is not null)
        {
            errors.Add("Ask:KnowledgePath is now Knowledge:Path (environment: Knowledge__Path); rename the setting.");
        }

        if (options.PublishedCheckInterval <= TimeSpan.Zero)
        {
            errors.Add($"Knowledge:PublishedCheckInterval must be a positive time span (was '{options.PublishedCheckInterval}').");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}

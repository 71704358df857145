using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Features.Ask.Assistant;

/// Checked at start-up only when the assistant is enabled; names every bad setting.
internal sealed class AssistantOptionsValidator : IValidateOptions<AssistantOptions>
{
    public ValidateOptionsResult Validate(string? name, AssistantOptions options)
    {
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var errors = new List<string>();
        const string S = AssistantOptions.Section;
        if (!Uri.TryCreate(options.Endpoint, UriKind.Absolute, out var endpoint) || endpoint.Scheme is not ("https" or "http"))
        {
            errors.Add($"{S}:Endpoint must be an absolute http(s) URL such as https://<resource>.openai.azure.com/openai/v1/ (was '{options.Endpoint}').");
        }

        if (string.IsNullOrWhiteSpace(options.ApiKey))
        {
            errors.Add($"{S}:ApiKey is empty. Set it as a secret (Ask__Assistant__ApiKey); servers without authentication accept any placeholder such as 'none'.");
        }

        if (string.IsNullOrWhiteSpace(options.Model))
        {
            errors.Add($"{S}:Model is empty. Set the deployment name (Azure OpenAI) or the model name (vLLM, Ollama).");
        }

        if (options.Timeout <= TimeSpan.Zero || options.Timeout > TimeSpan.FromMinutes(1))
        {
            errors.Add($"{S}:Timeout must be between 00:00:00.001 and 00:01:00 (was '{options.Timeout}').");
        }

        if (options.MaxPassages is < 1 or > 20)
        {
            errors.Add($"{S}:MaxPassages must be between 1 and 20 (was {options.MaxPassages}).");
        }

        if (options.Temperature is < 0 or > 2 || float.IsNaN(options.Temperature))
        {
            errors.Add($"{S}:Temperature must be between 0 and 2 (was {options.Temperature}).");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}

namespace KommunalBot.Bot.Features.Ask.Assistant;

/// Section `Ask:Assistant`: the optional AI assistant that phrases retrieval answers. Off by default.
public sealed class AssistantOptions
{
    public const string Section = "Ask:Assistant";

    /// Off by default: questions then never leave the bot.
    public bool Enabled { get; set; }

    /// OpenAI-compatible base URL, e.g. Azure OpenAI `https://<resource>.openai.azure.com/openai/v1/`
    /// or a self-hosted server (vLLM, Ollama) `http://llm.intern:8000/v1/`; the client appends `chat/completions`.
    public string Endpoint { get; set; } = string.Empty;

    /// Secret: keep it in user secrets or the environment (`Ask__Assistant__ApiKey`), never in appsettings; never logged.
    /// Servers without authentication accept any placeholder, e.g. "none".
    public string ApiKey { get; set; } = string.Empty;

    /// Deployment name (Azure) or model name (self-hosted).
    public string Model { get; set; } = string.Empty;

    /// Budget for one model call; on expiry the plain retrieval answer is shown.
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(8);

    /// How many retrieved passages go into the prompt (Teams shows at most 20 citations).
    public int MaxPassages { get; set; } = 5;

    /// Low: the model should restate the material, not be creative.
    public float Temperature { get; set; } = 0.1f;
}

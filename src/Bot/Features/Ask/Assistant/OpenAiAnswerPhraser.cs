using System.ClientModel;
using System.ClientModel.Primitives;
using System.Diagnostics;
using System.Globalization;
using KommunalBot.Knowledge.Answers;
using Microsoft.Extensions.Options;
using OpenAI;
using OpenAI.Chat;

namespace KommunalBot.Bot.Features.Ask.Assistant;

/// Phrases a retrieval answer with an OpenAI-compatible chat model (Azure OpenAI v1, vLLM, Ollama).
/// Sends only the redacted question and knowledge-base material; keeps the text only when its citations check out;
/// any timeout, HTTP or SDK failure falls back to the retrieval answer (null).
internal sealed class OpenAiAnswerPhraser : IAnswerPhraser
{
    public const string HttpClientName = "ask-assistant";

    private readonly AssistantOptions options;
    private readonly ChatClient client;
    private readonly TimeProvider timeProvider;
    private readonly ILogger<OpenAiAnswerPhraser> logger;

    public OpenAiAnswerPhraser(IOptions<AssistantOptions> options, IHttpClientFactory httpClientFactory, TimeProvider timeProvider, ILogger<OpenAiAnswerPhraser> logger)
    {
        this.options = options.Value;
        this.timeProvider = timeProvider;
        this.logger = logger;
        var endpoint = new Uri(this.options.Endpoint);
        client = new ChatClient(this.options.Model, new ApiKeyCredential(this.options.ApiKey), new OpenAIClientOptions
        {
            Endpoint = endpoint,
            Transport = new HttpClientPipelineTransport(httpClientFactory.CreateClient(HttpClientName)),
            // One attempt within the turn's budget: a retry would only make the user wait longer for the fallback.
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = this.options.Timeout,
        });
        AssistantLog.Enabled(logger, this.options.Model, endpoint.Host);
    }

    public async Task<PhrasedAnswer?> TryPhraseAsync(string question, Answer answer, CultureInfo culture, CancellationToken cancellationToken)
    {
        var material = AssistantMaterial.Build(answer, options.MaxPassages);
        if (material.Count == 0)
        {
            AssistantLog.Discarded(logger, "no-material");
            return null;
        }

        var redacted = PersonalDataRedactor.Redact(question);
        AssistantLog.Asking(logger, redacted);
        var messages = AssistantPrompt.Build(redacted, material, culture);
        var completionOptions = new ChatCompletionOptions { Temperature = options.Temperature, MaxOutputTokenCount = 400 };

        var started = timeProvider.GetTimestamp();
        using var timeout = new CancellationTokenSource(options.Timeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        string? output;
        try
        {
            ChatCompletion completion = await client.CompleteChatAsync(messages, completionOptions, linked.Token);
            output = string.Concat(completion.Content.Where(p => p.Kind == ChatMessageContentPartKind.Text).Select(p => p.Text));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Our budget ran out (or the SDK's network timeout, which is the same budget); the turn itself goes on.
            AssistantLog.TimedOut(logger, (long)options.Timeout.TotalMilliseconds);
            return null;
        }
        catch (ClientResultException exception) when (exception.Status != 0)
        {
            AssistantLog.HttpFailed(logger, exception.Status);
            AssistantLog.FailureDetail(logger, exception);
            return null;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The assistant is optional: a broken server or an unexpected response must never break the turn.
            AssistantLog.SdkFailed(logger, exception.GetType().Name);
            AssistantLog.FailureDetail(logger, exception);
            return null;
        }

        switch (CitationCheck.Check(output, material))
        {
            case CitationCheckResult.Accepted accepted:
                AssistantLog.Phrased(logger, accepted.Answer.Citations.Count, (long)timeProvider.GetElapsedTime(started).TotalMilliseconds);
                return accepted.Answer;
            case CitationCheckResult.Rejected rejected:
                AssistantLog.Discarded(logger, rejected.Reason);
                return null;
            default:
                throw new UnreachableException();
        }
    }
}

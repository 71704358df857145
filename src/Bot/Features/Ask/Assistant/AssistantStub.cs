// Placeholder until the assistant branch lands (delete on merge).
using System.Globalization;
using System.Text.Json.Nodes;
using KommunalBot.Knowledge.Answers;

namespace KommunalBot.Bot.Features.Ask.Assistant;

internal interface IAnswerPhraser
{
    Task<PhrasedAnswer?> TryPhraseAsync(string question, Answer answer, CultureInfo culture, CancellationToken cancellationToken);
}

internal sealed record PhrasedAnswer(string Text, IReadOnlyList<Citation> Citations);

internal sealed record Citation(int Number, string Title, string Url, string? Snippet);

internal static class AiMessageEntities
{
    public static JsonArray Build(PhrasedAnswer answer) => [];
}

internal static class AssistantSetup
{
    public static IHostApplicationBuilder AddAskAssistant(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IAnswerPhraser, NoPhraser>();
        return builder;
    }

    private sealed class NoPhraser : IAnswerPhraser
    {
        public Task<PhrasedAnswer?> TryPhraseAsync(string question, Answer answer, CultureInfo culture, CancellationToken cancellationToken) =>
            Task.FromResult<PhrasedAnswer?>(null);
    }
}

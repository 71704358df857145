using System.Globalization;
using KommunalBot.Knowledge.Answers;

namespace KommunalBot.Bot.Features.Ask.Assistant;

/// The assistant is off (the default): every answer is the plain retrieval answer.
internal sealed class NoAnswerPhraser : IAnswerPhraser
{
    public Task<PhrasedAnswer?> TryPhraseAsync(string question, Answer answer, CultureInfo culture, CancellationToken cancellationToken) =>
        Task.FromResult<PhrasedAnswer?>(null);
}

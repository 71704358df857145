using System.Globalization;
using KommunalBot.Knowledge.Answers;

namespace KommunalBot.Bot.Features.Ask.Assistant;

/// Turns a retrieval answer into a short cited text (Ask contract, "AI assistant").
internal interface IAnswerPhraser
{
    /// Null means: fall back to the plain retrieval answer.
    Task<PhrasedAnswer?> TryPhraseAsync(string question, Answer answer, CultureInfo culture, CancellationToken cancellationToken);
}

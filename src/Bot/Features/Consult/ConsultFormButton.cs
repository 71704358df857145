namespace KommunalBot.Bot.Features.Consult;

/// What another feature binds into its "Beratung anfragen" button (Ask's answer and no-answer cards, as `consult`):
/// the question and a short form of the answer the clerk saw. The button sends exactly these fields, which
/// <see cref="ConsultFormActionData"/> reads, and they end up in the request (<see cref="ConsultIntake.Question"/>,
/// <see cref="ConsultIntake.AnswerSeen"/>).
public sealed record ConsultFormButton(string? Question, string? AnswerSeen)
{
    /// What the form carries of the question and the answer: enough for the advisors to see what was asked and
    /// answered, little enough to keep the button's payload small.
    public const int MaxQuestionLength = 1000;
    public const int MaxAnswerSeenLength = 600;

    /// The button's data for a question and the answer shown to it, cut to the limits above.
    public static ConsultFormButton For(string? question, string? answerSeen) =>
        new(Cut(question, MaxQuestionLength), Cut(answerSeen, MaxAnswerSeenLength));

    /// At most <paramref name="maxLength"/> characters, ending in "…" when cut, without splitting a surrogate pair.
    internal static string? Cut(string? text, int maxLength)
    {
        text = text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (text.Length <= maxLength)
        {
            return text;
        }

        var end = maxLength - 1;
        end = char.IsHighSurrogate(text[end - 1]) ? end - 1 : end;
        return text[..end].TrimEnd() + "…";
    }
}

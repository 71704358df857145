namespace KommunalBot.Knowledge.Answers;

/// <summary>
/// The part of a document that answers a question, as Adaptive Card TextBlock Markdown. <see cref="Truncated"/>:
/// the length cap left out blocks or list items that belong to the answer, so the card should offer "mehr
/// anzeigen". <see cref="FullText"/> is the whole document in the same Markdown, for that and for "ganzes Dokument".
/// </summary>
internal sealed record AnswerPassage(string Text, bool Truncated, string FullText);

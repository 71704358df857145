namespace KommunalBot.Knowledge.Answers;

/// <summary>Conversation context for follow-up questions.</summary>
/// <param name="PreviousServiceId">Service of the previous answer; used only when the question names nothing of its own ("und die Kosten?").</param>
/// <param name="SubjectServiceId">Service the user chose ("Meinten Sie …?"): the question is answered for it.</param>
public sealed record AnswerContext(string? PreviousServiceId, string? SubjectServiceId = null);

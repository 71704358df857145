namespace KommunalBot.Knowledge.Answers;

/// <summary>Conversation context for follow-up questions.</summary>
/// <param name="PreviousServiceId">Service of the previous answer; used when the question names no service.</param>
public sealed record AnswerContext(string? PreviousServiceId);

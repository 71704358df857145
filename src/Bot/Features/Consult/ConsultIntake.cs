namespace KommunalBot.Bot.Features.Consult;

/// What the clerk entered in the request form, already validated; <paramref name="Question"/> and
/// <paramref name="AnswerSeen"/> come along when the form was opened from an answer card.
internal sealed record ConsultIntake(
    string Topic,
    string Organisation,
    string Region,
    ConsultUrgency Urgency,
    string Text,
    string? PreferredContact,
    string? Question = null,
    string? AnswerSeen = null);

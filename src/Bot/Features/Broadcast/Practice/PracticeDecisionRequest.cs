namespace KommunalBot.Bot.Features.Broadcast.Practice;

/// The body of `POST /admin/broadcast/submissions/{id}/decision`: `{"decision": "publish|revise|reject", "note": "…"}`.
internal sealed record PracticeDecisionRequest(string? Decision, string? Note);

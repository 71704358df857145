namespace KommunalBot.Bot.Features.Broadcast.Practice;

/// Who decides: the editor who pressed the button (from the activity) or the admin API's caller (from the token).
internal sealed record PracticeEditor(string? TenantId, string ObjectId, string Name);

namespace KommunalBot.Bot.Features.Broadcast.Practice;

/// A submission as read, with the ETag a replacement must match (of two editors deciding at once, one write wins).
internal sealed record StoredSubmission(Submission Submission, string ETag);

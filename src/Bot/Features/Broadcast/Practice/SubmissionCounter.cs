namespace KommunalBot.Bot.Features.Broadcast.Practice;

/// `broadcast/practice-counter/{year}`: the last submission number given out that year.
internal sealed record SubmissionCounter(int Last);

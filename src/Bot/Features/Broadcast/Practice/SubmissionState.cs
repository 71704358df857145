namespace KommunalBot.Bot.Features.Broadcast.Practice;

/// Where a best-practice submission stands (stored as text). <see cref="Revise"/> waits for the submitter; a
/// resubmission makes it <see cref="Pending"/> again in a new round. <see cref="Published"/> and <see cref="Rejected"/>
/// are final.
public enum SubmissionState { Pending, Revise, Published, Rejected }

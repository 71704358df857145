namespace KommunalBot.Bot.Features.Broadcast.Practice;

/// An editor's decision on a pending submission: "Freigeben", "Überarbeiten" (with a note), "Ablehnen" (with a reason).
public enum ReviewDecision { Publish, Revise, Reject }

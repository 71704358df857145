namespace KommunalBot.Bot.Features.Delivery;

public enum RecallMode
{
    /// Every posted copy is replaced by a short "zurückgezogen" card (the conversation keeps a trace).
    Replace,

    /// Every posted copy is deleted.
    Delete,
}

namespace KommunalBot.Bot.Features.Delivery;

/// What a delivery record needs next, given its content (<see cref="DeliveryPlan.For"/>).
internal enum DeliveryStep
{
    /// Nothing: settled, and the posted copy (if any) is as the content says.
    None,

    /// POST the message (rate-limited).
    Send,

    /// PUT the content's new version over the posted copy (rate-limited).
    Edit,

    /// PUT the "zurückgezogen" card over the posted copy, or DELETE it (rate-limited).
    Recall,

    /// Settle without a call: recalled before it was sent, or its conversation is gone.
    Retire,

    /// Settle without a call: the record was Sending when a sender stopped without finishing it (a crash).
    MarkUnknown,
}

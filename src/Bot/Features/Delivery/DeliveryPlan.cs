namespace KommunalBot.Bot.Features.Delivery;

/// The one place that decides, from a record and its content, what the record needs next and from when.
internal static class DeliveryPlan
{
    /// <paramref name="conversationGone"/>: Teams said this run that the conversation is gone (blocked, removed).
    public static (DeliveryStep Step, DateTimeOffset NotBefore) For(DeliveryRecord record, StoredContent content, bool conversationGone)
    {
        var due = record.NextAttemptUtc ?? DateTimeOffset.MinValue;
        return record.State switch
        {
            DeliveryState.Pending when content.Recalled is not null || conversationGone => (DeliveryStep.Retire, due),
            DeliveryState.Pending => (DeliveryStep.Send, due),
            DeliveryState.Sending => (DeliveryStep.MarkUnknown, due),
            DeliveryState.Sent when content.Recalled is not null => record.Recall == RecallProgress.None ? (DeliveryStep.Recall, due) : (DeliveryStep.None, due),
            DeliveryState.Sent when record.Version < content.Version => (DeliveryStep.Edit, due),
            _ => (DeliveryStep.None, due),
        };
    }
}

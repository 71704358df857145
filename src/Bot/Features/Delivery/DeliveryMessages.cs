using KommunalBot.Bot.Protocol;

namespace KommunalBot.Bot.Features.Delivery;

/// The messages the sender builds itself. PLACEHOLDER: the recall card is being written.
internal sealed class DeliveryMessages
{
    /// What replaces a recalled copy (<see cref="RecallMode.Replace"/>).
    public Activity Recalled(StoredContent content, string? locale) => new()
    {
        Type = ActivityTypes.Message,
        Text = "Diese Nachricht wurde zurückgezogen.",
        Summary = "Zurückgezogen: " + content.Summary,
    };
}

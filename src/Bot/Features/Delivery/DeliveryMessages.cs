using KommunalBot.Bot.Cards;
using KommunalBot.Bot.Protocol;
using KommunalBot.Bot.Resources;

namespace KommunalBot.Bot.Features.Delivery;

/// The messages the sender builds itself.
internal sealed class DeliveryMessages(CardRenderer cards, Texts texts)
{
    /// What replaces a recalled copy (<see cref="RecallMode.Replace"/>): a short card with the original summary and
    /// the recall date, in the conversation's language (<paramref name="locale"/>: its reference's). A recalled
    /// content cannot change any more, so its last change is the recall.
    public Activity Recalled(StoredContent content, string? locale)
    {
        var culture = Texts.CultureFor(locale);
        var data = new DeliveryRecalledCardData { Summary = content.Summary, RecalledOn = DeliveryDates.Date(content.ChangedUtc) };
        var message = MessageFactory.Card(cards.Render(data, culture));
        message.Summary = string.Format(culture, texts.Get("deliveryRecalledSummary", culture), content.Summary);
        return message;
    }
}

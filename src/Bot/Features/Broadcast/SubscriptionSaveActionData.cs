using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Broadcast;

/// "Speichern" on cards/broadcast-subscribe.json: the form's inputs as Teams sends them (text; multi-selects
/// comma-separated). Checked by <see cref="SubscriptionForm.Read"/>; the conversation is the one the button was pressed
/// in, never a value of the card.
internal sealed record SubscriptionSaveActionData : CardActionData, ICardAction<SubscriptionSaveActionData>
{
    public static string Verb => "broadcast.subscribe.save";
    public static JsonTypeInfo<SubscriptionSaveActionData> JsonType => SubscriptionCardJsonContext.Cards.SubscriptionSaveActionData;

    public string? Kinds { get; init; }
    public string? Topics { get; init; }
    public string? Region { get; init; }
    public string? Frequency { get; init; }
    public string? Day { get; init; }
    public string? DayOfMonth { get; init; }
    public string? Hour { get; init; }
}

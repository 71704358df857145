namespace KommunalBot.Bot.Features.Delivery;

/// One by-person index entry (<see cref="DeliveryPersonIndex"/>): which record names the person.
internal sealed record DeliveryPersonEntry(string ContentId, string ConversationId);

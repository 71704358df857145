namespace KommunalBot.Bot.Features.Delivery;

public sealed record RefusedRecipient(DeliveryRecipient Recipient, DeliveryRefusal Reason);

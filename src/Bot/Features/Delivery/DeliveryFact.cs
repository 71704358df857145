namespace KommunalBot.Bot.Features.Delivery;

/// A labelled value of the report card (a count, or a failure reason with how often it occurred).
internal sealed record DeliveryFact(string Title, string Value);

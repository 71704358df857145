namespace KommunalBot.Bot.Features.Delivery;

/// The report card's confirmation step: <paramref name="Text"/> says what the recall in <paramref name="Mode"/> will
/// do, with the counts; "Ja, zurückziehen" sends the mode back.
internal sealed record DeliveryConfirm(RecallMode Mode, string Text);

namespace KommunalBot.Bot.Features.Delivery;

/// One send on cards/delivery-list.json. <paramref name="Sent"/>: TT.MM.JJJJ HH:mm (Europe/Berlin);
/// <paramref name="Counts"/>: "zugestellt 312 von 320 · fehlgeschlagen 3", the non-zero counts only.
internal sealed record DeliveryListItem(string ContentId, string Summary, string Sent, string Counts, bool Recalled);

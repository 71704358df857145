using KommunalBot.Bot.Protocol;

namespace KommunalBot.Bot.Features.Delivery;

/// One proactive message. <paramref name="ContentId"/> is the caller's stable id for it (letters, digits, '-', '_', '.',
/// at most 100 characters; e.g. `consult-BK-2026-0042-assigned`): enqueueing it again is a no-op.
/// <paramref name="Owner"/> names the feature that sent it (see <see cref="IDeliveryOwner"/>). <paramref name="Message"/>
/// must carry a <see cref="Activity.Summary"/>: the text Teams shows in the toast and chat list instead of "sent a card".
public sealed record DeliveryContent(string ContentId, string Owner, Activity Message);

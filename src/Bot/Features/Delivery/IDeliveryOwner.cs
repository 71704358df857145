using KommunalBot.Bot.Protocol;

namespace KommunalBot.Bot.Features.Delivery;

/// A feature that enqueues content (its <see cref="DeliveryContent.Owner"/>) and wants to know when Teams reports one of
/// its conversations gone (the bot was blocked, uninstalled or removed): Broadcast ends the channel's subscription,
/// Consult stops notifying there. Registered in DI; the sender calls the one whose <see cref="Owner"/> matches.
public interface IDeliveryOwner
{
    string Owner { get; }

    Task ConversationGoneAsync(ConversationReference reference, CancellationToken cancellationToken);
}

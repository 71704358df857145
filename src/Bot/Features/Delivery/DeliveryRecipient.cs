using KommunalBot.Bot.Protocol;

namespace KommunalBot.Bot.Features.Delivery;

/// Whom a delivery goes to. Closed: the constructor is private.
public abstract record DeliveryRecipient
{
    private DeliveryRecipient()
    {
    }

    /// A stored conversation reference: a 1:1 or group chat, a channel (the post starts a new thread), or a
    /// channel thread (`reference with { ConversationId = "…;messageid=…" }`: the post is a reply in it).
    public sealed record Conversation(ConversationReference Reference) : DeliveryRecipient;

    /// A person in their 1:1 chat with the bot, found through the by-user index at enqueue.
    public sealed record Person(string TenantId, string AadObjectId) : DeliveryRecipient;
}

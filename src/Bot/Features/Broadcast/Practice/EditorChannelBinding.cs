using KommunalBot.Bot.Protocol;

namespace KommunalBot.Bot.Features.Broadcast.Practice;

/// `broadcast/practice-editors`: the channel an admin bound with `hier redaktion`, where every new submission's review
/// card is posted as a new thread. Names no person: the channel's reference only.
internal sealed record EditorChannelBinding(ConversationReference Channel, DateTimeOffset BoundUtc);

using KommunalBot.Bot.Protocol;

namespace KommunalBot.Bot.Features.Consult;

/// `consult/pool-channel/{pool}`: the channel an admin bound to an advisor pool with `hier beraten {pool}`, where the
/// pool's request cards are posted, each as a new thread. Names no person: the channel's reference only.
internal sealed record PoolChannelBinding(string Pool, ConversationReference Channel, DateTimeOffset BoundUtc);

namespace KommunalBot.Bot.Protocol;

/// The by-user index document `convref-user/{objectId}/{tenantId}`: which 1:1 chat is the person's in that tenant.
internal sealed record ConversationReferenceIndexEntry(string TenantId, string ConversationId);

namespace KommunalBot.Bot.Features.Privacy;

/// One person as the store knows them: the Entra object id, and the Teams user ids (`29:…`) and tenants
/// the bot has seen for that object id.
public sealed record Person(string ObjectId, IReadOnlyList<(string TenantId, string ConversationId, string UserId)> Conversations)
{
    /// Every <see cref="PersonKey"/> records about this person may be filed under: the object id, and the
    /// Teams user ids of their 1:1 conversations (for records written by turns that carried no object id).
    public IReadOnlyList<string> Keys =>
        [.. new[] { PersonKey.For(ObjectId, null)! }.Concat(Conversations.Select(c => c.UserId)).Distinct(StringComparer.Ordinal)];
}

using System.Text.Json;
using KommunalBot.Bot.Features.Privacy;
using KommunalBot.Bot.Protocol;
using KommunalBot.Bot.Storage;
using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Features.Ask;

/// The service a person last asked about in a conversation, so "und welche Transportwege?" refers to it.
/// Kept under `ask/context/{personKey}/{tenantId}/{conversationId}`: the person first, so one prefix lists
/// all of a person's contexts, 1:1 and channel alike (erasure). Forgotten after
/// <see cref="AskOptions.ContextTimeout"/> of silence, and deleted by retention once expired.
internal sealed class ConversationContext(IDocumentStore store, IOptions<AskOptions> options, TimeProvider timeProvider)
{
    private const string Prefix = "ask/context/";

    public async Task<string?> LastServiceAsync(TurnContext turn)
    {
        var document = Key(turn) is { } key ? await store.GetAsync(key, turn.CancellationToken) : null;
        var entry = document is null ? null : Parse(document);
        return entry is not null && !IsExpired(entry) ? entry.ServiceId : null;
    }

    /// Remembers the service (or keeps the previous one alive when this question named none).
    public async Task RememberAsync(TurnContext turn, string? serviceId)
    {
        if (Key(turn) is not { } key)
        {
            return;
        }

        serviceId ??= await LastServiceAsync(turn);
        if (serviceId is null)
        {
            await store.DeleteAsync(key, null, turn.CancellationToken);
            return;
        }

        var json = JsonSerializer.Serialize(new ContextEntry(serviceId, timeProvider.GetUtcNow()), AskJsonContext.Default.ContextEntry);
        await store.PutAsync(key, json, PutCondition.None, turn.CancellationToken);
    }

    /// The contexts filed under one person key, with the store key they live under.
    public async Task<List<(string Key, ContextEntry Entry)>> ListAsync(string personKey, CancellationToken cancellationToken)
    {
        var entries = new List<(string, ContextEntry)>();
        await foreach (var document in store.ListAsync(Prefix + DocumentKey.Segment(personKey) + "/", cancellationToken))
        {
            entries.Add((document.Key, Parse(document)));
        }

        return entries;
    }

    public Task<bool> ForgetAsync(string key, CancellationToken cancellationToken) => store.DeleteAsync(key, null, cancellationToken);

    /// Deletes every context past its timeout: it no longer answers a follow-up, so it has no purpose.
    public Task<int> PurgeExpiredAsync(CancellationToken cancellationToken) =>
        store.DeleteWhereAsync(Prefix, document => IsExpired(Parse(document)), cancellationToken);

    /// The tenant and conversation a context key names (for an export).
    public static (string TenantId, string ConversationId) Where(string key)
    {
        var segments = key[Prefix.Length..].Split('/');
        return (Uri.UnescapeDataString(segments[1]), Uri.UnescapeDataString(segments[2]));
    }

    private bool IsExpired(ContextEntry entry) => timeProvider.GetUtcNow() - entry.LastUtc > options.Value.ContextTimeout;

    private static ContextEntry Parse(StoredDocument document) =>
        JsonSerializer.Deserialize(document.Json, AskJsonContext.Default.ContextEntry)!;

    private static string? Key(TurnContext turn) =>
        PersonKey.Of(turn.Activity) is { } person && turn.Activity.Conversation?.Id is { Length: > 0 } conversationId
            ? $"{Prefix}{DocumentKey.Segment(person)}/{DocumentKey.Segment(turn.TenantId)}/{DocumentKey.Segment(conversationId)}"
            : null;
}

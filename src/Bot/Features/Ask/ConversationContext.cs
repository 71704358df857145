using System.Text.Json;
using KommunalBot.Bot.Storage;
using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Features.Ask;

/// The service a user last asked about in a conversation, so "und welche Transportwege?" refers to it.
/// Kept per user and conversation; forgotten after <see cref="AskOptions.ContextTimeout"/> of silence.
internal sealed class ConversationContext(IDocumentStore store, IOptions<AskOptions> options, TimeProvider timeProvider)
{
    public async Task<string?> LastServiceAsync(string tenantId, string conversationId, string userId, CancellationToken cancellationToken)
    {
        var entry = await GetAsync(tenantId, conversationId, userId, cancellationToken);
        return entry is not null && timeProvider.GetUtcNow() - entry.LastUtc <= options.Value.ContextTimeout ? entry.ServiceId : null;
    }

    public async Task<ContextEntry?> GetAsync(string tenantId, string conversationId, string userId, CancellationToken cancellationToken)
    {
        var document = await store.GetAsync(Key(tenantId, conversationId, userId), cancellationToken);
        return document is null ? null : JsonSerializer.Deserialize(document.Json, AskJsonContext.Default.ContextEntry);
    }

    public Task<bool> ForgetAsync(string tenantId, string conversationId, string userId, CancellationToken cancellationToken) =>
        store.DeleteAsync(Key(tenantId, conversationId, userId), null, cancellationToken);

    /// Remembers the service (or keeps the previous one alive when this question named none).
    public async Task RememberAsync(string tenantId, string conversationId, string userId, string? serviceId, CancellationToken cancellationToken)
    {
        var key = Key(tenantId, conversationId, userId);
        serviceId ??= await LastServiceAsync(tenantId, conversationId, userId, cancellationToken);
        if (serviceId is null)
        {
            await store.DeleteAsync(key, null, cancellationToken);
            return;
        }

        var json = JsonSerializer.Serialize(new ContextEntry(serviceId, timeProvider.GetUtcNow()), AskJsonContext.Default.ContextEntry);
        await store.PutAsync(key, json, PutCondition.None, cancellationToken);
    }

    private static string Key(string tenantId, string conversationId, string userId) =>
        $"ask/context/{Uri.EscapeDataString(tenantId)}/{Uri.EscapeDataString(conversationId)}/{Uri.EscapeDataString(userId)}";
}

internal sealed record ContextEntry(string ServiceId, DateTimeOffset LastUtc);

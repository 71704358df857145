using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Features.Playground;

/// Sessions and conversations, in memory and bounded: at most Playground:MaxConversations of each, forgotten after
/// Playground:IdleTimeout unused. Tokens are random and bound to one role (a session) or one conversation.
internal sealed class PlaygroundConversations(IOptions<PlaygroundOptions> options, TimeProvider timeProvider)
{
    private readonly Dictionary<string, (PlaygroundRole Role, DateTimeOffset LastUsed)> sessions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PlaygroundConversation> conversations = new(StringComparer.Ordinal);

    /// How long a token stays valid without use, for Direct Line's expires_in.
    public int ExpiresInSeconds => (int)options.Value.IdleTimeout.TotalSeconds;

    public string StartSession(PlaygroundRole role)
    {
        lock (sessions)
        {
            Sweep();
            var token = NewToken();
            sessions[token] = (role, timeProvider.GetUtcNow());
            while (sessions.Count > options.Value.MaxConversations)
            {
                sessions.Remove(sessions.MinBy(s => s.Value.LastUsed).Key);
            }

            return token;
        }
    }

    /// A new conversation for the session's role; null for an unknown or expired session token.
    public PlaygroundConversation? StartConversation(string sessionToken)
    {
        lock (sessions)
        {
            Sweep();
            if (!sessions.TryGetValue(sessionToken, out var session))
            {
                return null;
            }

            var now = timeProvider.GetUtcNow();
            sessions[sessionToken] = session with { LastUsed = now };
            var conversation = new PlaygroundConversation(NewToken(), NewToken(), session.Role, options.Value.MaxActivitiesPerConversation) { LastUsed = now };
            conversations[conversation.Id] = conversation;
            while (conversations.Count > options.Value.MaxConversations)
            {
                conversations.Remove(conversations.Values.MinBy(c => c.LastUsed)!.Id);
            }

            return conversation;
        }
    }

    /// The conversation, when <paramref name="token"/> is its token (null: the bot itself, through the local connector).
    public PlaygroundConversation? Find(string conversationId, string? token)
    {
        lock (sessions)
        {
            Sweep();
            if (!conversations.TryGetValue(conversationId, out var conversation)
                || (token is not null && !CryptographicOperations.FixedTimeEquals(
                    System.Text.Encoding.UTF8.GetBytes(token), System.Text.Encoding.UTF8.GetBytes(conversation.Token))))
            {
                return null;
            }

            conversation.LastUsed = timeProvider.GetUtcNow();
            return conversation;
        }
    }

    /// The conversation a token belongs to (Direct Line's token refresh).
    public PlaygroundConversation? FindByToken(string token)
    {
        lock (sessions)
        {
            Sweep();
            var conversation = conversations.Values.FirstOrDefault(c => c.Token == token);
            return conversation is null ? null : Find(conversation.Id, token);
        }
    }

    private void Sweep()
    {
        var oldest = timeProvider.GetUtcNow() - options.Value.IdleTimeout;
        foreach (var token in sessions.Where(s => s.Value.LastUsed < oldest).Select(s => s.Key).ToList())
        {
            sessions.Remove(token);
        }

        foreach (var id in conversations.Values.Where(c => c.LastUsed < oldest).Select(c => c.Id).ToList())
        {
            conversations.Remove(id);
        }
    }

    // 256 random bits, URL-safe: ids and tokens that cannot be guessed.
    private static string NewToken() => Base64Url(RandomNumberGenerator.GetBytes(32));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

using System.Text;
using System.Text.Json;
using KommunalBot.Bot.Protocol;
using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Features.Delivery;

/// <see cref="IOutbox"/> on the store: writes records, contents and open markers; the sender does the rest.
internal sealed partial class Outbox(
    DeliveryStore store,
    DeliveryPersonIndex people,
    ConversationReferenceStore references,
    DeliverySignal signal,
    IOptions<DeliveryOptions> options,
    TimeProvider timeProvider) : IOutbox
{
    private const int MaxContentIdLength = 100;

    public async Task<EnqueueOutcome> EnqueueAsync(
        DeliveryContent content, IReadOnlyCollection<DeliveryRecipient> recipients, CancellationToken cancellationToken)
    {
        if (Check(content) is { } refusal)
        {
            return new EnqueueOutcome.Rejected(refusal.Reason, refusal.Detail);
        }

        var now = timeProvider.GetUtcNow();
        var stored = await StoreContentAsync(content, now, cancellationToken);
        if (stored.Recalled is not null)
        {
            return new EnqueueOutcome.Rejected(DeliveryRefusal.Recalled, $"Content '{content.ContentId}' was recalled.");
        }

        var refused = new List<RefusedRecipient>();
        var targets = new Dictionary<string, ConversationReference>(StringComparer.Ordinal);
        foreach (var recipient in recipients)
        {
            var (reference, reason) = await ResolveAsync(recipient, cancellationToken);
            if (reference is null)
            {
                refused.Add(new RefusedRecipient(recipient, reason));
            }
            else
            {
                targets.TryAdd(reference.ConversationId, reference);
            }
        }

        // The marker first, so records written by an enqueue that dies half-way are still found; touched again after.
        await store.OpenAsync(content.ContentId, now, cancellationToken);
        var records = targets.Values.Select(reference => new DeliveryRecord
        {
            ContentId = content.ContentId,
            Owner = stored.Owner,
            Reference = reference,
            State = DeliveryState.Pending,
            Version = stored.Version,
            CreatedUtc = now,
            UpdatedUtc = now,
        }).ToList();
        await people.AddManyAsync(records, cancellationToken); // before the records: an erasure request must find every record
        var written = await store.CreateRecordsAsync(records, cancellationToken);
        await store.OpenAsync(content.ContentId, timeProvider.GetUtcNow(), cancellationToken);
        signal.Raise();
        return new EnqueueOutcome.Queued(written, targets.Count - written, refused);
    }

    public async Task<DeliveryStatus?> FindAsync(string contentId, string conversationId, CancellationToken cancellationToken) =>
        ValidContentId(contentId) && await store.GetRecordAsync(contentId, conversationId, cancellationToken) is { } record
            ? record.Value.ToStatus()
            : null;

    /// The content as stored: created now, or as an earlier enqueue left it (never overwritten here).
    private async Task<StoredContent> StoreContentAsync(DeliveryContent content, DateTimeOffset now, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (await store.GetContentAsync(content.ContentId, cancellationToken) is { } existing)
            {
                return existing.Value;
            }

            var created = new StoredContent
            {
                ContentId = content.ContentId,
                Owner = content.Owner,
                Summary = content.Message.Summary!,
                MessageJson = Serialize(content.Message),
                CreatedUtc = now,
                ChangedUtc = now,
            };
            if (await store.PutContentAsync(created, null, cancellationToken) is not null)
            {
                return created;
            }
        }
    }

    private async Task<(ConversationReference? Reference, DeliveryRefusal Reason)> ResolveAsync(
        DeliveryRecipient recipient, CancellationToken cancellationToken)
    {
        var reference = recipient switch
        {
            DeliveryRecipient.Conversation conversation => conversation.Reference,
            DeliveryRecipient.Person person => await references.FindPersonalAsync(person.TenantId, person.AadObjectId, cancellationToken),
            _ => null,
        };
        if (reference is null)
        {
            return (null, DeliveryRefusal.NoReference);
        }

        return string.IsNullOrEmpty(reference.TenantId) || string.IsNullOrEmpty(reference.ServiceUrl) || string.IsNullOrEmpty(reference.ConversationId)
            ? (null, DeliveryRefusal.IncompleteReference)
            : (reference, default);
    }

    private (DeliveryRefusal Reason, string Detail)? Check(DeliveryContent content)
    {
        if (!ValidContentId(content.ContentId))
        {
            return (DeliveryRefusal.InvalidContentId, $"'{content.ContentId}' is not a content id (letters, digits, '-', '_', '.'; at most {MaxContentIdLength}).");
        }

        if (string.IsNullOrWhiteSpace(content.Message.Summary))
        {
            return (DeliveryRefusal.NoSummary, "The message has no summary for the Teams notification.");
        }

        var bytes = Encoding.UTF8.GetByteCount(Serialize(content.Message));
        var max = options.Value.MaxMessageBytes;
        return bytes > max ? (DeliveryRefusal.TooLarge, $"The message has {bytes:N0} bytes; Teams takes at most {max:N0}.") : null;
    }

    private static bool ValidContentId(string contentId) =>
        contentId.Length is > 0 and <= MaxContentIdLength && contentId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')
        && !contentId.EndsWith('.');

    private static string Serialize(Activity message) => JsonSerializer.Serialize(message, ProtocolJsonContext.Default.Activity);
}

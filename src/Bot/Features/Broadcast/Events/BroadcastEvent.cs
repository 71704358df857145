using System.Security.Cryptography;

namespace KommunalBot.Bot.Features.Broadcast.Events;

/// An event with its answers, one document (`broadcast/event/{id}`): answers and changes are written with if-match
/// and retried on a conflict, so 50 people pressing at once are counted exactly. <see cref="Id"/> is random and
/// unguessable, because the calendar file at `/events/{id}.ics` is public.
internal sealed record BroadcastEvent
{
    public const string IdPrefix = "ev-";

    public required string Id { get; init; }

    public required EventDetails Details { get; init; }

    /// Entra object ids who may read the attendee list besides the editors (the creator is one).
    public required IReadOnlyList<string> OrganiserObjectIds { get; init; }

    public required EventState State { get; init; }

    /// 1 when created; every change and the cancellation add one (the .ics SEQUENCE, the change notices' ids).
    public required int Version { get; init; }

    public required string CreatedByTenantId { get; init; }

    public required string CreatedBy { get; init; }

    public required DateTimeOffset CreatedUtc { get; init; }

    /// When the invite was first queued; null while only the preview was shown.
    public DateTimeOffset? SentUtc { get; init; }

    /// In the order answered (see <see cref="EventRsvp.Seq"/>).
    public required IReadOnlyList<EventRsvp> Rsvps { get; init; }

    /// The <see cref="EventRsvp.Seq"/> given last; never reused, also after an answer is erased.
    public long LastSeq { get; init; }

    public string ContentId => InviteContentId(Id);

    public static string InviteContentId(string id) => "broadcast-event-" + id;

    /// `ev-` and 16 base32 characters: 80 random bits.
    public static string NewId()
    {
        const string alphabet = "abcdefghijklmnopqrstuvwxyz234567";
        Span<byte> bytes = stackalloc byte[16];
        RandomNumberGenerator.Fill(bytes);
        var chars = new char[16];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = alphabet[bytes[i] % 32];
        }

        return IdPrefix + new string(chars);
    }

    public static bool IsId(string? id) =>
        id is { Length: 19 } && id.StartsWith(IdPrefix, StringComparison.Ordinal) && id[3..].All(c => c is >= 'a' and <= 'z' or >= '2' and <= '7');

    public int Count(RsvpStatus status) => Rsvps.Count(r => r.Status == status);

    public EventRsvp? RsvpOf(string tenantId, string objectId) => Rsvps.FirstOrDefault(r => r.Person.Is(tenantId, objectId));

    /// 1-based place on the waiting list; 0 when not waiting.
    public int WaitingPlace(EventRsvp rsvp) =>
        rsvp.Status != RsvpStatus.Waiting ? 0 : 1 + Rsvps.Count(r => r.Status == RsvpStatus.Waiting && r.Seq < rsvp.Seq);

    public bool IsOrganiser(string? objectId) =>
        objectId is not null && OrganiserObjectIds.Contains(objectId, StringComparer.OrdinalIgnoreCase);
}

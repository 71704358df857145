using System.Text.Json.Serialization;
using KommunalBot.Bot.Features.Privacy;
using KommunalBot.Bot.Protocol;

namespace KommunalBot.Bot.Features.Ask;

/// Who asked a question. Kept apart from the question record (see <see cref="QuestionAskers"/>), so the
/// editors' view of questions names nobody.
internal sealed record Asker
{
    public required string TenantId { get; init; }
    public required string UserId { get; init; }
    public string? ObjectId { get; init; }
    public required DateTimeOffset AskedUtc { get; init; }

    [JsonIgnore]
    public string Key => PersonKey.For(ObjectId, UserId)!;

    /// Null when the activity names no sender: such a question gets no owner, and nobody may rate it.
    public static Asker? Of(TurnContext turn, DateTimeOffset now) =>
        turn.Activity.From?.Id is { Length: > 0 } userId
            ? new Asker { TenantId = turn.TenantId, UserId = userId, ObjectId = turn.Activity.From.AadObjectId, AskedUtc = now }
            : null;

    /// Only the person who asked, in the tenant they asked in, may act on the question (rate it, re-ask it).
    public bool IsSamePerson(TurnContext turn) =>
        string.Equals(TenantId, turn.TenantId, StringComparison.Ordinal)
        && string.Equals(Key, PersonKey.Of(turn.Activity), StringComparison.Ordinal);
}

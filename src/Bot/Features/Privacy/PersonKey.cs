using KommunalBot.Bot.Protocol;

namespace KommunalBot.Bot.Features.Privacy;

/// The key segment under which a feature files records about one person, so that an access or erasure
/// request finds them by listing a key prefix: the Entra object id (what an operator's request names),
/// or the Teams user id where the channel sends no object id (Emulator, Web Chat).
public static class PersonKey
{
    public static string? Of(Activity activity) => For(activity.From?.AadObjectId, activity.From?.Id);

    // Object ids are GUIDs; Teams and Entra spell them in either case.
    public static string? For(string? objectId, string? userId) =>
        !string.IsNullOrEmpty(objectId) ? objectId.ToLowerInvariant()
        : !string.IsNullOrEmpty(userId) ? userId
        : null;
}

using System.Globalization;

namespace KommunalBot.Bot.Features.Broadcast;

/// What an editor wrote, checked: from the card (topics comma-separated) or the admin API (a list). The limits keep
/// the card well below Teams' size limit and within Bot:MaxTextLength for card fields.
internal sealed record AnnouncementDraft(string Title, string Text, string? Link, IReadOnlyList<string> Topics, string? Region)
{
    public const int MaxTitleLength = 150;
    public const int MaxTextLength = 2000;
    public const int MaxLinkLength = 500;
    public const int MaxTopics = 20;

    /// The draft, or the text key of the first thing wrong with it.
    public static (AnnouncementDraft? Draft, string? Error) Check(string? title, string? text, string? link, IEnumerable<string>? topics, string? region)
    {
        title = title?.Trim();
        text = text?.Trim();
        link = string.IsNullOrWhiteSpace(link) ? null : link.Trim();
        var topicList = (topics ?? []).Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (string.IsNullOrEmpty(title) || title.Length > MaxTitleLength)
        {
            return (null, "broadcastNewsErrorTitle");
        }

        if (string.IsNullOrEmpty(text) || text.Length > MaxTextLength)
        {
            return (null, "broadcastNewsErrorText");
        }

        if (link is not null && (link.Length > MaxLinkLength || !Uri.TryCreate(link, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps))
        {
            return (null, "broadcastNewsErrorLink");
        }

        if (!Regions.IsKnown(region) || topicList.Count > MaxTopics || topicList.Any(t => t.Length > 100))
        {
            return (null, "broadcastSubErrorChoice");
        }

        return (new AnnouncementDraft(title, text, link, topicList, Regions.Normalize(region)), null);
    }

    /// Splits a multi-select's value as Teams sends it ("a,b").
    public static IReadOnlyList<string> Split(string? value) =>
        string.IsNullOrWhiteSpace(value) ? [] : value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// A new announcement id: the creation time and a random part, e.g. `20261205-0342-7f3a9c1b`.
    public static string NewId(DateTimeOffset now) =>
        now.UtcDateTime.ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8];
}

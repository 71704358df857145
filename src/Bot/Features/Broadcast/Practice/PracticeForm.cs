using System.Globalization;
using System.Text.RegularExpressions;
using KommunalBot.Bot.Features.Knowledge;
using KommunalBot.Bot.Resources;
using KommunalBot.Knowledge;

namespace KommunalBot.Bot.Features.Broadcast.Practice;

/// The submission form's data (cards/broadcast-practice-form.json) and its check: the member's input either makes a
/// valid <see cref="PracticeInput"/>, or comes back as the form with the input kept and an error next to each field.
internal sealed partial class PracticeForm(Texts texts, KnowledgeHost knowledge)
{
    public const int MinTitleLength = 5;
    public const int MaxTitleLength = 150;
    public const int MaxOrganisationLength = 200;

    /// Two or three sentences (what was done, what came of it): less gives Ask nothing to find and an editor nothing to judge.
    public const int MinSummaryLength = 80;

    /// What a card field may carry at all (<see cref="Access.TurnLimits.MaxCardFieldLength"/>).
    public const int MaxSummaryLength = Access.TurnLimits.MaxCardFieldLength;

    public const int MaxContactLength = 200;
    public const int MaxLinks = 5;

    /// The region value meaning every region (<see cref="Regions.Normalize"/> reads it as null).
    public const string Everywhere = "alle";

    public PracticeFormCardData New(string organisation, CultureInfo culture) => Empty(culture) with { Organisation = Cut(organisation, MaxOrganisationLength) };

    /// The stored submission pre-filled, with the editor's note on top: what the submitter edits for the next round.
    public PracticeFormCardData Revision(Submission submission, CultureInfo culture) => Empty(culture) with
    {
        Id = submission.Id,
        RevisionNote = submission.LastDecision?.Note,
        Title = submission.Title,
        Organisation = submission.Organisation,
        Summary = submission.Summary,
        Topics = string.Join(',', submission.Topics),
        Region = submission.Region ?? Everywhere,
        Contact = submission.Contact ?? string.Empty,
        Links = string.Join('\n', submission.Links),
    };

    /// The input when every field is valid; otherwise null and the form to show again.
    public (PracticeInput? Input, PracticeFormCardData Form) Check(PracticeSubmitActionData input, string? revisionNote, CultureInfo culture)
    {
        var title = input.Title?.Trim() ?? string.Empty;
        var organisation = input.Organisation?.Trim() ?? string.Empty;
        var summary = input.Summary?.Trim() ?? string.Empty;
        var topics = (input.Topics ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToList();
        var region = string.IsNullOrWhiteSpace(input.Region) ? Everywhere : input.Region.Trim();
        var contact = input.Contact?.Trim() ?? string.Empty;
        var links = (input.Links ?? string.Empty).Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries).ToList();
        var consent = input.Consent == "true";
        var choices = TopicChoices();

        var form = Empty(culture) with
        {
            Id = input.Id,
            RevisionNote = revisionNote,
            Title = title,
            Organisation = organisation,
            Summary = summary,
            Topics = string.Join(',', topics),
            Region = region,
            Contact = contact,
            Links = string.Join('\n', links),
            Consent = consent,
            TitleError = title.Length is >= MinTitleLength and <= MaxTitleLength ? null : Text("broadcastPracticeErrorTitle", culture, MinTitleLength, MaxTitleLength),
            OrganisationError = organisation.Length is > 0 and <= MaxOrganisationLength ? null : Text("broadcastPracticeErrorOrganisation", culture, MaxOrganisationLength),
            SummaryError = summary.Length < MinSummaryLength ? Text("broadcastPracticeErrorSummaryShort", culture, MinSummaryLength, summary.Length)
                : summary.Length > MaxSummaryLength ? Text("broadcastPracticeErrorSummaryLong", culture, MaxSummaryLength, summary.Length)
                : null,
            TopicsError = topics.Count > 0 && topics.All(t => choices.Contains(t, StringComparer.Ordinal)) ? null : Text("broadcastPracticeErrorTopics", culture),
            RegionError = Regions.IsKnown(region) ? null : Text("broadcastPracticeErrorRegion", culture),
            ContactError = ContactError(contact, culture),
            LinksError = LinksError(links, culture),
            ConsentError = consent ? null : Text("broadcastPracticeErrorConsent", culture),
        };
        form = form with
        {
            HasErrors = new[] { form.TitleError, form.OrganisationError, form.SummaryError, form.TopicsError, form.RegionError, form.ContactError, form.LinksError, form.ConsentError }
                .Any(e => e is not null),
        };
        return form.HasErrors ? (null, form) : (new PracticeInput(title, organisation, summary, topics, Regions.Normalize(region), contact, links), form);
    }

    /// The Themenfelder of the knowledge base's Steckbriefe (those without one are no topic to choose).
    public IReadOnlyList<string> TopicChoices() => [.. knowledge.Knowledge.Services.Keys.Where(k => k != KnowledgeBase.NoThemenfeld)];

    private string? ContactError(string contact, CultureInfo culture) =>
        contact.Length is > 0 and <= MaxContactLength && (Mail().IsMatch(contact) || Phone().IsMatch(contact) && contact.Count(char.IsAsciiDigit) >= 6)
            ? null
            : Text("broadcastPracticeErrorContact", culture);

    private string? LinksError(List<string> links, CultureInfo culture)
    {
        if (links.Count is < 1 or > MaxLinks)
        {
            return Text("broadcastPracticeErrorLinkCount", culture, MaxLinks, links.Count);
        }

        var bad = links.FirstOrDefault(l => !Uri.TryCreate(l, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps || uri.Host.Length == 0);
        return bad is null ? null : Text("broadcastPracticeErrorLink", culture, bad.Length > 80 ? bad[..80] + "…" : bad);
    }

    private PracticeFormCardData Empty(CultureInfo culture) => new()
    {
        Id = null,
        RevisionNote = null,
        TopicChoices = TopicChoices(),
        RegionChoices = Regions.All,
        Title = string.Empty,
        Organisation = string.Empty,
        Summary = string.Empty,
        Topics = string.Empty,
        Region = Everywhere,
        Contact = string.Empty,
        Links = string.Empty,
        Consent = false,
        SummaryHint = Text("broadcastPracticeSummaryHint", culture, MinSummaryLength, MaxSummaryLength),
        HasErrors = false,
        TitleError = null,
        OrganisationError = null,
        SummaryError = null,
        TopicsError = null,
        RegionError = null,
        ContactError = null,
        LinksError = null,
        ConsentError = null,
    };

    private string Text(string key, CultureInfo culture, params object[] values) => string.Format(culture, texts.Get(key, culture), values);

    private static string Cut(string text, int maxLength) => text.Length <= maxLength ? text : text[..maxLength];

    /// One address, no spaces: enough to catch a name or a typo; whether the mailbox exists only a mail can tell.
    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]{2,}$", RegexOptions.CultureInvariant)]
    private static partial Regex Mail();

    /// Digits with the usual separators, optionally international: "+49 89 1234-567", "(089) 123 456".
    [GeneratedRegex(@"^\+?[0-9 ()/\-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Phone();
}

using System.Globalization;
using System.Text;
using KommunalBot.Bot.Features.Knowledge;
using KommunalBot.Bot.Resources;
using KommunalBot.Knowledge.Content;

namespace KommunalBot.Bot.Features.Broadcast.Practice;

/// A published submission becomes a knowledge document Ask finds (<see cref="IKnowledgePublisher"/>, id
/// `best-practice-bp-2026-0007`) and an item for the next matching digests. Both are keyed by the submission and its
/// publication instant, so publishing again (erasure republishes without the contact) replaces rather than adds.
internal sealed class PracticePublication(IKnowledgePublisher publisher, DigestItemStore digestItems, Texts texts, ILogger<PracticePublication> logger)
{
    /// A digest card shows two or three sentences per item; five items with that stay well below Teams' card size.
    private const int MaxDigestSummaryLength = 300;

    public static string ArticleId(string submissionId) => "best-practice-" + submissionId.ToLowerInvariant();

    public async Task PublishAsync(Submission submission, CancellationToken cancellationToken)
    {
        var publishedUtc = submission.LastDecision?.AtUtc ?? throw new InvalidOperationException("Only a decided submission is published.");
        if (await publisher.PublishAsync(Article(submission, publishedUtc), cancellationToken) != PublishOutcome.Published)
        {
            PracticeLog.ArticleIdTaken(logger, submission.Id);
            return;
        }

        await digestItems.AddAsync(new DigestItem
        {
            Id = ArticleId(submission.Id),
            Kind = BroadcastKind.BestPractice,
            Title = submission.Title,
            Summary = Shorten(submission.Summary),
            Organisation = submission.Organisation,
            Url = submission.Links.FirstOrDefault(),
            Topics = submission.Topics,
            Region = submission.Region,
            PublishedUtc = publishedUtc,
        }, cancellationToken);
    }

    /// Replaces the published document (after an erasure took the contact out); the digest item names no person.
    public Task RepublishAsync(Submission submission, CancellationToken cancellationToken) =>
        publisher.PublishAsync(Article(submission, submission.LastDecision!.AtUtc), cancellationToken);

    /// The knowledge base is German: the document's labels are, whatever language the editor used.
    private PublishedArticle Article(Submission submission, DateTimeOffset publishedUtc)
    {
        var culture = Texts.German;
        var text = new StringBuilder(submission.Summary).Append("\n\n")
            .Append(CultureInfo.InvariantCulture, $"**{texts.Get("broadcastPracticeOrganisationLabel", culture)}:** {submission.Organisation}\n\n");
        if (submission.Contact is { } contact)
        {
            text.Append(CultureInfo.InvariantCulture, $"**{texts.Get("broadcastPracticeContactLabel", culture)}:** {contact}\n\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"**{texts.Get("broadcastPracticeReviewLinks", culture)}:**\n");
        foreach (var link in submission.Links)
        {
            text.Append(CultureInfo.InvariantCulture, $"- <{link}>\n");
        }

        var date = TimeZoneInfo.ConvertTime(publishedUtc, DigestSchedule.Berlin).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new PublishedArticle
        {
            Id = ArticleId(submission.Id),
            Title = submission.Title,
            Markdown = text.ToString(),
            Topics = submission.Topics,
            Region = submission.Region,
            Sources = [.. submission.Links.Select((link, i) => new Source(link, SourceTitle(submission, i), date))],
            Contact = submission.Contact is null ? submission.Organisation : $"{submission.Organisation}, {submission.Contact}",
            PublishedAt = publishedUtc,
        };
    }

    private static string SourceTitle(Submission submission, int index) =>
        submission.Links.Count == 1
            ? $"{submission.Organisation}: {submission.Title}"
            : string.Create(CultureInfo.InvariantCulture, $"{submission.Organisation}: {submission.Title} ({index + 1})");

    private static string Shorten(string summary)
    {
        if (summary.Length <= MaxDigestSummaryLength)
        {
            return summary;
        }

        var cut = summary.LastIndexOf(' ', MaxDigestSummaryLength - 1);
        return string.Concat(summary.AsSpan(0, cut > 0 ? cut : MaxDigestSummaryLength - 1), "…");
    }
}

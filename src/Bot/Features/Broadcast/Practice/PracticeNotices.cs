using System.Globalization;
using KommunalBot.Bot.Cards;
using KommunalBot.Bot.Features.Delivery;
using KommunalBot.Bot.Protocol;
using KommunalBot.Bot.Resources;

namespace KommunalBot.Bot.Features.Broadcast.Practice;

/// Tells the submitter the outcome in their 1:1 chat, through Delivery, in the language of their last message:
/// published, rejected with the reason, or sent back with the note, as the form pre-filled for the next round.
/// Content `broadcast-practice-{id}-note-r{round}`: one notice per round, so a repeat changes nothing.
internal sealed class PracticeNotices(
    IOutbox outbox, ConversationReferenceStore references, PracticeForm form, CardRenderer cards, Texts texts, ILogger<PracticeNotices> logger)
{
    public static string ContentPrefix(string id) => $"broadcast-practice-{id}-note-";

    public async Task TellAsync(Submission submission, CancellationToken cancellationToken)
    {
        var decision = submission.LastDecision ?? throw new InvalidOperationException("Only a decided submission has an outcome.");
        var chat = await references.FindPersonalAsync(submission.TenantId, submission.SubmitterObjectId, cancellationToken);
        var culture = Texts.CultureFor(chat?.Locale);
        var summary = Format(culture, "broadcastPracticeNotice" + decision.Decision, submission.Id, submission.Title, decision.ByName, decision.Note ?? string.Empty);
        var message = decision.Decision == ReviewDecision.Revise
            ? MessageFactory.Card(cards.Render(form.Revision(submission, culture), culture))
            : MessageFactory.Text(summary);
        message.Summary = summary;
        var contentId = ContentPrefix(submission.Id) + decision.Round.ToString(CultureInfo.InvariantCulture);
        var outcome = await outbox.EnqueueAsync(new DeliveryContent(contentId, PracticeCards.Owner, message),
            [new DeliveryRecipient.Person(submission.TenantId, submission.SubmitterObjectId)], cancellationToken);
        switch (outcome)
        {
            case EnqueueOutcome.Rejected rejected:
                PracticeLog.NoticeRefused(logger, submission.Id, rejected.Reason.ToString());
                break;
            case EnqueueOutcome.Queued { Refused.Count: > 0 } queued:
                PracticeLog.NoticeRefused(logger, submission.Id, queued.Refused[0].Reason.ToString());
                break;
        }
    }

    private string Format(CultureInfo culture, string key, params object[] args) => string.Format(culture, texts.Get(key, culture), args);
}

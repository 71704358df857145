using System.Globalization;
using KommunalBot.Bot.Cards;
using KommunalBot.Bot.Features.Delivery;
using KommunalBot.Bot.Protocol;
using KommunalBot.Bot.Resources;

namespace KommunalBot.Bot.Features.Broadcast.Practice;

/// The editors' review card of a submission's round: its data, its post into the editors' channel (a new thread, through
/// Delivery, content `broadcast-practice-{id}-card-r{round}`) and its edit in place after a decision. Each round gets
/// its own card, so a resubmission shows up as new; the card of the earlier round says it was sent back.
internal sealed class PracticeCards(CardRenderer cards, Texts texts, EditorChannelStore channels, IOutbox outbox, ILogger<PracticeCards> logger)
{
    public const string Owner = "broadcast";

    public static string ContentId(string id, int round) => string.Create(CultureInfo.InvariantCulture, $"broadcast-practice-{id}-card-r{round}");

    /// Round <paramref name="round"/> of the submission: open while it is the pending round, else with its decision.
    public PracticeReviewCardData Data(Submission submission, int round, CultureInfo culture)
    {
        var decision = submission.Decisions.LastOrDefault(d => d.Round == round);
        var open = decision is null && submission.State == SubmissionState.Pending && submission.Round == round;
        return new PracticeReviewCardData
        {
            Id = submission.Id,
            Round = round,
            Title = submission.Title,
            Summary = submission.Summary,
            Facts = Facts(submission, culture),
            Links = submission.Links,
            Open = open,
            Outcome = decision is null ? null : Format(culture, "broadcastPracticeOutcome" + decision.Decision, decision.ByName, PracticeDates.Local(decision.AtUtc)),
            OutcomeNote = decision?.Note,
            OutcomeStyle = decision?.Decision switch
            {
                ReviewDecision.Publish => "good",
                ReviewDecision.Revise => "warning",
                _ => "attention",
            },
        };
    }

    /// Posts the current round's card into the editors' channel; false when no channel is bound (`hier redaktion`):
    /// the submission waits in `einreichungen` and is posted when one is.
    public async Task<bool> PostAsync(Submission submission, CancellationToken cancellationToken)
    {
        if (await channels.GetAsync(cancellationToken) is not { } binding)
        {
            PracticeLog.NoEditorChannel(logger, submission.Id);
            return false;
        }

        var content = Content(submission, submission.Round, binding);
        var outcome = await outbox.EnqueueAsync(content, [new DeliveryRecipient.Conversation(binding.Channel)], cancellationToken);
        switch (outcome)
        {
            case EnqueueOutcome.Rejected rejected:
                PracticeLog.CardRefused(logger, submission.Id, rejected.Reason.ToString());
                return false;
            case EnqueueOutcome.Queued { New: 0, Existing: > 0 }:
                await outbox.UpdateAsync(content, cancellationToken); // posted before (the channel was bound again): bring it up to date
                break;
        }

        return true;
    }

    /// Edits every posted copy of the round's card; nothing when it was never sent.
    public async Task UpdateAsync(Submission submission, int round, CancellationToken cancellationToken)
    {
        if (await outbox.ReportAsync(ContentId(submission.Id, round), cancellationToken) is null)
        {
            return;
        }

        var binding = await channels.GetAsync(cancellationToken);
        if (await outbox.UpdateAsync(Content(submission, round, binding), cancellationToken) is ChangeOutcome.Refused refused)
        {
            PracticeLog.CardRefused(logger, submission.Id, refused.Reason.ToString());
        }
    }

    private DeliveryContent Content(Submission submission, int round, EditorChannelBinding? binding)
    {
        var culture = Texts.CultureFor(binding?.Channel.Locale);
        var message = MessageFactory.Card(cards.Render(Data(submission, round, culture), culture));
        message.Summary = Format(culture, "broadcastPracticeReviewSummary", submission.Id, submission.Title);
        return new DeliveryContent(ContentId(submission.Id, round), Owner, message);
    }

    private List<BroadcastFact> Facts(Submission submission, CultureInfo culture)
    {
        var facts = new List<BroadcastFact>
        {
            new(texts.Get("broadcastPracticeOrganisationLabel", culture), submission.Organisation),
            new(texts.Get("broadcastPracticeTopicsLabel", culture), string.Join(", ", submission.Topics)),
            new(texts.Get("broadcastPracticeRegionLabel", culture), submission.Region ?? texts.Get("broadcastPracticeRegionAll", culture)),
        };
        if (submission.Contact is { } contact)
        {
            facts.Add(new(texts.Get("broadcastPracticeContactLabel", culture), contact));
        }

        facts.Add(new(texts.Get("broadcastPracticeReviewBy", culture), submission.SubmitterName));
        facts.Add(new(texts.Get("broadcastPracticeConfirmationDate", culture), PracticeDates.Local(submission.SubmittedUtc)));
        return facts;
    }

    private string Format(CultureInfo culture, string key, params object[] args) => string.Format(culture, texts.Get(key, culture), args);
}

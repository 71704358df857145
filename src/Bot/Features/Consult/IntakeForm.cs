using System.Globalization;
using KommunalBot.Bot.Features.Access;
using KommunalBot.Bot.Resources;
using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Features.Consult;

/// The request form's data (cards/consult-form.json) and its check: the clerk's input either makes a valid
/// <see cref="ConsultIntake"/>, or comes back as the form with the input kept and an error next to each field.
internal sealed class IntakeForm(Texts texts, IOptions<ConsultOptions> options)
{
    /// The inputs' maxLength on the card: a name of an authority or a contact line fits in far less.
    public const int MaxOrganisationLength = 200;
    public const int MaxRegionLength = 100;
    public const int MaxContactLength = 200;

    /// Consult:MaxDescriptionLength; the validator keeps it within what a card field may carry at all
    /// (<see cref="TurnLimits.MaxCardFieldLength"/>).
    public int MaxDescriptionLength => options.Value.MaxDescriptionLength;

    /// A new form: organisation and region pre-filled, the question and answer (from an answer card) carried along.
    public ConsultFormCardData New(string organisation, string region, string description, ConsultFormActionData? from, CultureInfo culture) =>
        Form(culture) with
        {
            Organisation = Cut(organisation, MaxOrganisationLength),
            Region = Cut(region, MaxRegionLength),
            Description = Cut(description, MaxDescriptionLength),
            Question = ConsultFormButton.Cut(from?.Question, ConsultFormButton.MaxQuestionLength),
            AnswerSeen = ConsultFormButton.Cut(from?.AnswerSeen, ConsultFormButton.MaxAnswerSeenLength),
        };

    /// The intake when every field is valid; otherwise null and the form to show again.
    public (ConsultIntake? Intake, ConsultFormCardData Form) Check(ConsultSubmitActionData input, CultureInfo culture)
    {
        var settings = options.Value;
        var topic = input.Topic?.Trim() ?? string.Empty;
        var organisation = input.Organisation?.Trim() ?? string.Empty;
        var region = input.Region?.Trim() ?? string.Empty;
        var description = input.Description?.Trim() ?? string.Empty;
        var contact = input.Contact?.Trim() ?? string.Empty;
        var urgency = Enum.TryParse<ConsultUrgency>(input.Urgency, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed) ? parsed : (ConsultUrgency?)null;
        var consent = input.Consent == "true";
        var min = settings.MinDescriptionLength;
        var max = MaxDescriptionLength;

        var form = Form(culture) with
        {
            Topic = topic,
            Organisation = organisation,
            Region = region,
            Description = description,
            Urgency = (urgency ?? ConsultUrgency.Normal).ToString(),
            Contact = contact,
            Consent = consent,
            Question = ConsultFormButton.Cut(input.Question, ConsultFormButton.MaxQuestionLength),
            AnswerSeen = ConsultFormButton.Cut(input.AnswerSeen, ConsultFormButton.MaxAnswerSeenLength),
            TopicError = settings.TopicList.Contains(topic, StringComparer.Ordinal) ? null : Text("consultIntakeErrorTopic", culture),
            OrganisationError = organisation.Length is > 0 and <= MaxOrganisationLength ? null : Text("consultIntakeErrorOrganisation", culture, MaxOrganisationLength),
            RegionError = region.Length <= MaxRegionLength ? null : Text("consultIntakeErrorTooLong", culture, MaxRegionLength, region.Length),
            DescriptionError = description.Length < min ? Text("consultIntakeErrorDescriptionShort", culture, min, description.Length)
                : description.Length > max ? Text("consultIntakeErrorTooLong", culture, max, description.Length)
                : null,
            UrgencyError = urgency is null ? Text("consultIntakeErrorUrgency", culture) : null,
            ContactError = contact.Length <= MaxContactLength ? null : Text("consultIntakeErrorTooLong", culture, MaxContactLength, contact.Length),
            ConsentError = consent ? null : Text("consultIntakeErrorConsent", culture),
        };
        form = form with
        {
            HasErrors = new[] { form.TopicError, form.OrganisationError, form.RegionError, form.DescriptionError, form.UrgencyError, form.ContactError, form.ConsentError }
                .Any(e => e is not null),
        };
        if (form.HasErrors)
        {
            return (null, form);
        }

        var intake = new ConsultIntake(topic, organisation, region, urgency!.Value, description, contact.Length == 0 ? null : contact, form.Question, form.AnswerSeen);
        return (intake, form);
    }

    private ConsultFormCardData Form(CultureInfo culture) => new()
    {
        Topics = options.Value.TopicList,
        Topic = string.Empty,
        Organisation = string.Empty,
        Region = string.Empty,
        Description = string.Empty,
        Urgency = nameof(ConsultUrgency.Normal),
        Contact = string.Empty,
        Consent = false,
        Question = null,
        AnswerSeen = null,
        DescriptionHint = Text("consultIntakeDescriptionHint", culture, options.Value.MinDescriptionLength, MaxDescriptionLength),
        MaxDescriptionLength = MaxDescriptionLength,
        PrivacyNoteUrl = options.Value.PrivacyNoteUrl,
        HasErrors = false,
        TopicError = null,
        OrganisationError = null,
        RegionError = null,
        DescriptionError = null,
        UrgencyError = null,
        ContactError = null,
        ConsentError = null,
    };

    private string Text(string key, CultureInfo culture, params object[] values) => string.Format(culture, texts.Get(key, culture), values);

    private static string Cut(string text, int maxLength) => ConsultFormButton.Cut(text, maxLength) ?? string.Empty;
}

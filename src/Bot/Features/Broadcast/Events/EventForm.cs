using System.Globalization;
using KommunalBot.Bot.Features.Knowledge;
using KommunalBot.Knowledge;
using KommunalBot.Bot.Resources;

namespace KommunalBot.Bot.Features.Broadcast.Events;

/// The event form's data: the choices (time zones, the knowledge base's Themenfelder, regions) and the editor's
/// input with the errors <see cref="EventInput.Check"/> found, each under its field.
internal sealed class EventForm(Texts texts, KnowledgeHost knowledge)
{
    public EventFormCardData Empty(CultureInfo culture) => Show(new EventInput(), [], culture);

    public EventFormCardData Show(EventInput input, IReadOnlyList<EventFieldError> errors, CultureInfo culture)
    {
        string? Error(string field) =>
            errors.FirstOrDefault(e => e.Field == field) is { } error ? Text(error, culture) : null;

        return new EventFormCardData
        {
            EventId = input.EventId ?? string.Empty,
            Title = input.Title ?? string.Empty,
            Organiser = input.Organiser ?? string.Empty,
            StartDate = input.StartDate ?? string.Empty,
            StartTime = input.StartTime ?? string.Empty,
            EndDate = input.EndDate ?? string.Empty,
            EndTime = input.EndTime ?? string.Empty,
            TimeZone = string.IsNullOrWhiteSpace(input.TimeZone) ? EventInput.DefaultTimeZone : input.TimeZone,
            Place = input.Place ?? string.Empty,
            OnlineUrl = input.OnlineUrl ?? string.Empty,
            Description = input.Description ?? string.Empty,
            Capacity = input.Capacity ?? string.Empty,
            Topics = input.Topics ?? string.Empty,
            Region = string.IsNullOrWhiteSpace(input.Region) ? "alle" : input.Region,
            DeadlineDate = input.DeadlineDate ?? string.Empty,
            DeadlineTime = input.DeadlineTime ?? string.Empty,
            TimeZones = [.. EventInput.FormTimeZones.Select(z => new EventChoice(z, z))],
            TopicChoices = [.. Topics().Select(t => new EventChoice(t, t))],
            RegionChoices = [new EventChoice(texts.Get("broadcastEventAllRegions", culture), "alle"), .. Regions.All.Select(r => new EventChoice(r, r))],
            HasErrors = errors.Count > 0,
            Errors = new EventFormErrors
            {
                Title = Error(nameof(EventInput.Title)),
                Organiser = Error(nameof(EventInput.Organiser)),
                StartDate = Error(nameof(EventInput.StartDate)),
                EndTime = Error(nameof(EventInput.EndTime)),
                TimeZone = Error(nameof(EventInput.TimeZone)),
                Place = Error(nameof(EventInput.Place)),
                OnlineUrl = Error(nameof(EventInput.OnlineUrl)),
                Description = Error(nameof(EventInput.Description)),
                Capacity = Error(nameof(EventInput.Capacity)),
                Region = Error(nameof(EventInput.Region)),
                DeadlineDate = Error(nameof(EventInput.DeadlineDate)),
            },
        };
    }

    public string Text(EventFieldError error, CultureInfo culture) =>
        error.Args.Length == 0 ? texts.Get(error.TextKey, culture) : string.Format(culture, texts.Get(error.TextKey, culture), error.Args);

    /// The Themenfelder of the knowledge base, as subscriptions name them.
    private IEnumerable<string> Topics() =>
        knowledge.Knowledge.Services.Keys.Where(k => k != KnowledgeBase.NoThemenfeld).Order(StringComparer.Ordinal);
}

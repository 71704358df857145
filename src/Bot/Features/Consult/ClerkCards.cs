using System.Globalization;
using KommunalBot.Bot.Features.Access;
using KommunalBot.Bot.Resources;

namespace KommunalBot.Bot.Features.Consult;

/// The data of the cards a clerk sees of their own requests: the confirmation, the list (`meine anfragen`) and one
/// request's details. The history shows what the clerk may see: statuses, answers, replies and information, not the
/// refused actions of others (forged or replayed buttons, written down for the advisors) or the SLA escalation.
internal sealed class ClerkCards(Texts texts)
{
    /// `meine anfragen` shows the newest ten: a list a clerk reads at a glance in the chat.
    public const int MaxListed = 10;

    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    public ConsultConfirmationCardData Confirmation(ConsultRequest request, CultureInfo culture) => new()
    {
        Id = request.Id,
        Topic = request.Topic,
        StatusLabel = Status(request.Status, culture),
        Date = Date(request.CreatedUtc),
        Urgent = request.Urgency == ConsultUrgency.Dringend,
    };

    public ConsultRequestsCardData List(IReadOnlyCollection<ConsultRequest> requests, string? note, CultureInfo culture) => new()
    {
        Items = [.. requests.OrderByDescending(r => r.CreatedUtc).ThenByDescending(r => r.Id, StringComparer.Ordinal).Take(MaxListed).Select(r => new ConsultRequestLine(
            r.Id, r.Topic, Status(r.Status, culture), Date(r.CreatedUtc), r.AssigneeName, CanWithdraw: r.IsOpen, CanRate(r), Stars(r.Rating)))],
        More = requests.Count > MaxListed ? string.Format(culture, texts.Get("consultIntakeMore", culture), MaxListed, requests.Count) : null,
        Note = note,
    };

    public ConsultDetailsCardData Details(ConsultRequest request, string? note, CultureInfo culture) => new()
    {
        Id = request.Id,
        Topic = request.Topic,
        StatusLabel = Status(request.Status, culture),
        Date = Date(request.CreatedUtc),
        Organisation = request.Organisation,
        UrgencyLabel = texts.Get("consultIntakeUrgency" + request.Urgency, culture),
        Text = request.Text,
        Question = request.Question,
        AssigneeName = request.AssigneeName,
        Resolution = request.Resolution,
        Rating = Stars(request.Rating),
        History = [.. request.History.Where(ClerkSees).Select(h => new ConsultHistoryLine(
            DateTime(h.At), texts.Get("consultIntakeHistory" + h.Kind, culture), h.ActorName, Detail(h, culture)))],
        CanAddInfo = request.IsOpen,
        CanWithdraw = request.IsOpen,
        CanRate = CanRate(request),
        MaxInfoLength = TurnLimits.MaxCardFieldLength,
        Note = note,
    };

    public string Status(ConsultStatus status, CultureInfo culture) => texts.Get("consultIntakeStatus" + status, culture);

    private static bool ClerkSees(ConsultHistoryEntry entry) => entry.Refused is null && entry.Kind != ConsultActionKind.Escalate;

    // Assign's detail names the colleague (or their object id): the card says who has it; a status set by hand is its label.
    private string? Detail(ConsultHistoryEntry entry, CultureInfo culture) => entry.Kind switch
    {
        ConsultActionKind.Answer or ConsultActionKind.Reply or ConsultActionKind.AddInfo or ConsultActionKind.Close => entry.Detail,
        ConsultActionKind.SetStatus => Status(entry.Status, culture),
        _ => null,
    };

    private static bool CanRate(ConsultRequest request) => request.Status == ConsultStatus.Geloest && request.Rating is null;

    private static string? Stars(int? rating) => rating is >= 1 and <= 5 ? new string('★', rating.Value) + new string('☆', 5 - rating.Value) : null;

    private static string Date(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, Berlin).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    private static string DateTime(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, Berlin).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);
}

namespace KommunalBot.Bot.Features.Broadcast.Events;

/// The body of `POST /admin/broadcast/events` and `PUT /admin/broadcast/events/{id}`. Times are wall-clock in
/// <see cref="TimeZone"/> (default Europe/Berlin), e.g. "2027-01-14T10:00".
internal sealed record EventRequest
{
    public string? Title { get; init; }
    public string? Organiser { get; init; }

    /// Entra object ids who may read the attendee list, besides the editors (the creator is added).
    public IReadOnlyList<string>? OrganiserObjectIds { get; init; }
    public string? Start { get; init; }
    public string? End { get; init; }
    public string? TimeZone { get; init; }
    public string? Place { get; init; }
    public string? OnlineUrl { get; init; }
    public string? Description { get; init; }

    /// Null or absent: no limit.
    public int? Capacity { get; init; }
    public IReadOnlyList<string>? Topics { get; init; }
    public string? Region { get; init; }
    public string? RegistrationDeadline { get; init; }

    public EventInput ToInput() => new()
    {
        Title = Title,
        Organiser = Organiser,
        StartDate = DatePart(Start),
        StartTime = TimePart(Start),
        EndDate = DatePart(End),
        EndTime = TimePart(End),
        TimeZone = TimeZone,
        Place = Place,
        OnlineUrl = OnlineUrl,
        Description = Description,
        Capacity = Capacity?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Topics = Topics is null ? null : string.Join(',', Topics),
        Region = Region,
        DeadlineDate = DatePart(RegistrationDeadline),
        DeadlineTime = TimePart(RegistrationDeadline),
    };

    private static string? DatePart(string? value) => value?.Split('T', 2)[0];

    private static string? TimePart(string? value) => value?.Split('T', 2) is [_, var time] ? time : null;
}

namespace KommunalBot.Bot.Features.Broadcast.Events;

/// The form's field errors, one per field that can have one (null: fine).
internal sealed record EventFormErrors
{
    public string? Title { get; init; }
    public string? Organiser { get; init; }
    public string? StartDate { get; init; }
    public string? EndTime { get; init; }
    public string? TimeZone { get; init; }
    public string? Place { get; init; }
    public string? OnlineUrl { get; init; }
    public string? Description { get; init; }
    public string? Capacity { get; init; }
    public string? Region { get; init; }
    public string? DeadlineDate { get; init; }
}

namespace KommunalBot.Bot.Features.Broadcast.Practice;

/// A valid form: what a new submission or a new round stores.
internal sealed record PracticeInput(
    string Title, string Organisation, string Summary, IReadOnlyList<string> Topics, string? Region, string Contact, IReadOnlyList<string> Links);

namespace KommunalBot.Bot.Tests.Features.Privacy;

/// A person with personal data no knowledge-base text contains, so every trace of them can be searched for.
public sealed record TestPerson
{
    public string UserId { get; } = "29:1-xaverine-quaeppendorf";
    public string ObjectId { get; } = "7e57da7a-51c3-4c1e-9d2a-0000000a11ce";
    public string Name { get; } = "Xaverine Quäppendorf";
    public string Email { get; } = "x.quaeppendorf@gemeinde-kleinquaeppenried.de";
    public string Phone { get; } = "0171 5550199";
    public string HomeTown { get; } = "Kleinquäppenried";

    /// Everything that identifies the person, typed by them or sent by Teams.
    public IReadOnlyList<string> Markers => [Name, Email, Phone, HomeTown, UserId, ObjectId];

    public ActivityBuilder In(ActivityBuilder activity) => activity.From(UserId, ObjectId, Name);
}

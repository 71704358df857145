using System.Text.Json.Nodes;

namespace KommunalBot.Bot.Features.Privacy;

/// Every part of the bot that stores personal data answers export and erasure requests (DSGVO Art. 15, 17)
/// for its own data; the privacy feature only asks them all.
public interface IPersonalData
{
    /// Name of the data kind in the export, e.g. "conversationReferences".
    string Kind { get; }

    /// Erasure runs lower numbers first. Data that helps find the person in the others (the conversation
    /// references, which map the object id to Teams user ids) goes last.
    int ErasureOrder => 0;

    Task<JsonArray> ExportAsync(Person person, CancellationToken cancellationToken);

    /// Deletes the person's data; returns how many records were removed.
    Task<int> DeleteAsync(Person person, CancellationToken cancellationToken);
}

using System.Text.Json.Nodes;
using KommunalBot.Bot.Features.Privacy;

namespace KommunalBot.Bot.Features.Ask;

/// A person's questions and feedback (free text they typed), found through their `ask/person/…` index;
/// erasure deletes each question record with its asker link and index entry.
internal sealed class QuestionPersonalData(QuestionLog questions, QuestionAskers askers) : IPersonalData
{
    public string Kind => "askQuestions";

    public async Task<JsonArray> ExportAsync(Person person, CancellationToken cancellationToken)
    {
        var export = new JsonArray();
        foreach (var personKey in person.Keys)
        {
            foreach (var id in await askers.QuestionIdsAsync(personKey, cancellationToken))
            {
                var asker = await askers.GetAsync(id, cancellationToken);
                var record = await questions.GetAsync(id, cancellationToken);
                export.Add(new JsonObject
                {
                    ["questionId"] = id,
                    ["tenantId"] = asker?.TenantId ?? record?.TenantId,
                    ["userId"] = asker?.UserId,
                    ["askedUtc"] = asker?.AskedUtc ?? record?.AskedUtc,
                    ["question"] = record?.Question,
                    ["serviceId"] = record?.ServiceId,
                    ["feedback"] = record?.Feedback,
                    ["feedbackReason"] = record?.FeedbackReason,
                });
            }
        }

        return export;
    }

    /// The question first, the links last: an interrupted erasure can be run again and finds the rest.
    public async Task<int> DeleteAsync(Person person, CancellationToken cancellationToken)
    {
        var deleted = 0;
        foreach (var personKey in person.Keys)
        {
            foreach (var id in await askers.QuestionIdsAsync(personKey, cancellationToken))
            {
                await questions.DeleteAsync(id, cancellationToken);
                await askers.DeleteAsync(id, personKey, cancellationToken);
                deleted++;
            }
        }

        return deleted;
    }
}

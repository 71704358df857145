using System.Text;
using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Features.Ask;

internal static class KnowledgeGaps
{
    public static async Task<IResult> ListAsync(QuestionLog log, IOptions<AskOptions> options, int? limit, CancellationToken cancellationToken)
    {
        var take = Math.Clamp(limit ?? 50, 1, 500);
        var groups = new Dictionary<string, List<QuestionRecord>>(StringComparer.Ordinal);
        await foreach (var record in log.ListAsync(cancellationToken))
        {
            if ((record.Answered && record.Feedback != "unhelpful") || (record.Chosen && record.Feedback is null))
            {
                continue;
            }

            var key = Normalise(record.Question);
            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = [];
            }

            list.Add(record);
        }

        var gaps = groups.Values
            .Select(records => new KnowledgeGap
            {
                Question = records.MaxBy(r => r.AskedUtc)!.Question,
                Count = records.Count,
                Unanswered = records.Count(r => !r.Answered),
                Unhelpful = records.Count(r => r.Feedback == "unhelpful"),
                LastAskedUtc = records.Max(r => r.AskedUtc),
                ServiceIds = records.Select(r => r.ServiceId).OfType<string>().Distinct().ToList(),
                Reasons = records.Select(r => r.FeedbackReason).OfType<string>().Distinct().Take(5).ToList(),
            })
            .OrderByDescending(g => g.Count)
            .ThenByDescending(g => g.LastAskedUtc)
            .Take(take)
            .ToList();
        return TypedResults.Json(gaps, AskJsonContext.Default.ListKnowledgeGap);
    }

    /// Case, punctuation and spacing do not make two questions different.
    internal static string Normalise(string question)
    {
        var builder = new StringBuilder(question.Length);
        foreach (var c in question.Normalize(NormalizationForm.FormKC).ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().Trim();
    }
}

using System.Globalization;

namespace KommunalBot.Bot.Tests.Evaluation;

/// Prints a report for people: the five figures, a table per kind, and optionally every question.
internal static class ReportWriter
{
    private const int ShownChars = 300;

    public static void Write(TextWriter output, EvaluationReport report, string split, DateOnly date, bool verbose)
    {
        var all = report.Overall;
        output.WriteLine(Invariant($"ask eval {date:yyyy-MM-dd}, split {split}: {all.Questions} questions ({all.Answerable} answerable, {all.Unanswerable} unanswerable)"));
        output.WriteLine($"  fact recall (answerable)           {Percent(all.FactRecall),7}");
        output.WriteLine($"  answer rate (answerable)           {Percent(all.AnswerRate),7}");
        output.WriteLine($"  honest no-answer (unanswerable)    {Percent(all.HonestNoAnswerRate),7}");
        output.WriteLine($"  wrong answer (unanswerable)        {Percent(all.WrongAnswerRate),7}");
        output.WriteLine($"  median answer length (answered)    {Chars(all.MedianAnswerLength),5} chars");
        output.WriteLine(Invariant($"  turn latency                       p50 {report.LatencyP50Ms:F0} ms, p95 {report.LatencyP95Ms:F0} ms"));
        if (all.Other > 0)
        {
            output.WriteLine(Invariant($"  neither answer nor no-answer card: {all.Other} (see --verbose)"));
        }

        output.WriteLine();
        output.WriteLine("  kind          n   recall  answered   honest    wrong  median chars");
        foreach (var (kind, s) in report.ByKind)
        {
            output.WriteLine(Invariant($"  {kind,-11}{s.Questions,4} {Percent(s.FactRecall),8} {Percent(s.AnswerRate),9} {Percent(s.HonestNoAnswerRate),8} {Percent(s.WrongAnswerRate),8} {Chars(s.MedianAnswerLength),13}"));
        }

        if (verbose)
        {
            output.WriteLine();
            foreach (var result in report.Results)
            {
                WriteQuestion(output, result);
            }
        }
    }

    private static void WriteQuestion(TextWriter output, QuestionResult result)
    {
        var q = result.Question;
        var recall = result.Recall is { } r ? Invariant($"recall {r:F2}") : "unanswerable";
        output.WriteLine($"{q.Id} {q.Kind} {result.Reply.Kind.ToString().ToLowerInvariant()} {recall}: {q.Question}");
        if (q.Answerable && result.MissedFacts.Count > 0)
        {
            output.WriteLine("    missed: " + string.Join("  ", result.MissedFacts.Select(f => "/" + f + "/")));
        }

        var text = result.Reply.Text;
        output.WriteLine("    " + (text.Length > ShownChars ? text[..ShownChars] + " …" : text));
    }

    private static string Percent(double? share) => share is { } s ? Invariant($"{s * 100:F1} %") : "–";

    private static string Chars(double? count) => count is { } c ? Invariant($"{c:F0}") : "–";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

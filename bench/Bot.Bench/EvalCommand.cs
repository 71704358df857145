// Asks the real bot every question of a split and grades the visible answers by facts.
//   dotnet run -c Release --project bench/Bot.Bench -- eval --questions eval/test.jsonl [--verbose]
using KommunalBot.Bot.Tests.Evaluation;
using KommunalBot.Bot.Tests.TestHost;

namespace KommunalBot.Bot.Bench;

internal static class EvalCommand
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    public static async Task<int> RunAsync(string[] args)
    {
        var at = Array.IndexOf(args, "--questions");
        if (at < 0 || at + 1 >= args.Length)
        {
            Console.Error.WriteLine("usage: eval --questions eval/test.jsonl [--verbose]");
            return 2;
        }

        // A relative path means the repository root, wherever dotnet run was started.
        var path = Path.GetFullPath(args[at + 1], RepoPaths.Root);
        IReadOnlyList<EvaluationQuestion> questions;
        try
        {
            questions = QuestionFile.Read(path);
        }
        catch (Exception e) when (e is FileNotFoundException or InvalidDataException)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }

        var report = await AskEvaluator.RunAsync(questions);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(TimeProvider.System.GetUtcNow(), Berlin).DateTime);
        ReportWriter.Write(Console.Out, report, SplitName(path, args[at + 1]), today, args.Contains("--verbose"));
        return 0;
    }

    /// eval/test.jsonl is the split "test"; any other file is named as given.
    private static string SplitName(string path, string given) =>
        Path.GetDirectoryName(path) == Path.Combine(RepoPaths.Root, "eval") ? Path.GetFileNameWithoutExtension(path) : given;
}

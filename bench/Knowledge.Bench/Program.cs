using KommunalBot.Knowledge.Bench;

// Usage: dotnet run -c Release --project bench/Knowledge.Bench -- eval|bench [--knowledge knowledge]
//        [--questions tests/Knowledge.Tests/Evaluation/questions.tune.jsonl] [--verbose]
var command = args.FirstOrDefault() ?? "eval";
var knowledge = Option(args, "--knowledge") ?? "knowledge";
var questions = Option(args, "--questions") ?? Path.Combine("tests", "Knowledge.Tests", "Evaluation", "questions.tune.jsonl");
var verbose = args.Contains("--verbose");
return command switch
{
    "eval" => EvalCommand.Run(knowledge, questions, verbose),
    "bench" => BenchCommand.Run(knowledge, questions),
    "ask" => AskCommand.Run(knowledge, Option(args, "--query") ?? "Wohngeld", Option(args, "--previous")),
    "profile" => BenchCommand.Profile(knowledge, Option(args, "--query") ?? "Wohngeld"),
    _ => Usage(),
};

static string? Option(string[] args, string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

static int Usage()
{
    Console.Error.WriteLine("usage: Knowledge.Bench eval|bench [--knowledge DIR] [--questions FILE] [--verbose]");
    return 2;
}

namespace KommunalBot.Bot.Features.Ask;

/// Section `Ask`: the knowledge base and how questions are answered.
public sealed class AskOptions
{
    /// Below this confidence (the share of the question the answer explains) the bot says it has no reliable
    /// answer (0..1). The default is the knowledge base's threshold, chosen on the evaluation's tune split.
    public double MinConfidence { get; set; } = KommunalBot.Knowledge.KnowledgeBase.AnswerThreshold;

    /// A follow-up question ("und welche Transportwege?") refers to the last service for this long.
    public TimeSpan ContextTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// Longer questions are refused with a hint (Teams allows far longer messages).
    public int MaxQuestionLength { get; set; } = 1000;

    /// Services per page of the `dienste` card.
    public int ServicesPageSize { get; set; } = 8;

    /// Question records (for the editors' knowledge-gap list) are kept this long.
    public TimeSpan QuestionRetention { get; set; } = TimeSpan.FromDays(180);
}

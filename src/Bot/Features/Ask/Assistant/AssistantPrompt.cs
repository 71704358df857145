using System.Globalization;
using System.Text;
using OpenAI.Chat;

namespace KommunalBot.Bot.Features.Ask.Assistant;

/// The chat messages sent to the model: rules (system) and the numbered material plus the redacted question (user).
/// Nothing else: no user name, id, tenant or e-mail is ever part of the prompt.
internal static class AssistantPrompt
{
    public const string NotInKnowledgeBaseDe = "nicht in der Wissensbasis";
    public const string NotInKnowledgeBaseEn = "not in the knowledge base";

    public static IReadOnlyList<ChatMessage> Build(string redactedQuestion, IReadOnlyList<MaterialSource> material, CultureInfo culture)
    {
        var english = IsEnglish(culture);
        return
        [
            new SystemChatMessage(english ? SystemEn : SystemDe),
            new UserChatMessage(UserText(redactedQuestion, material, english)),
        ];
    }

    public static bool IsEnglish(CultureInfo culture) => culture.TwoLetterISOLanguageName == "en";

    private const string SystemDe =
        "Du bist der Assistent von KommunalBot und beantwortest Fragen von Mitarbeitenden von Kommunen zu " +
        "EfA-Onlinediensten. Regeln:\n" +
        "1. Antworte ausschließlich mit Informationen aus dem nummerierten Material. Erfinde nichts, ergänze kein Wissen von außen.\n" +
        "2. Belege jede Aussage mit der Nummer ihrer Quelle in eckigen Klammern, z. B. [1] oder [1][2]. Verwende nur Nummern aus dem Material.\n" +
        "3. Beantwortet das Material die Frage nicht, antworte nur: \"Das steht " + NotInKnowledgeBaseDe + ".\"\n" +
        "4. Antworte auf Deutsch, kurz (höchstens 120 Wörter), als schlichter Text ohne Markdown, ohne Überschriften und ohne Quellenliste.";

    private const string SystemEn =
        "You are the assistant of KommunalBot and answer questions from municipal staff about " +
        "EfA online services. Rules:\n" +
        "1. Answer only with information from the numbered material. Invent nothing, add no outside knowledge.\n" +
        "2. Cite every statement with the number of its source in square brackets, e.g. [1] or [1][2]. Use only numbers from the material.\n" +
        "3. If the material does not answer the question, reply only: \"This is " + NotInKnowledgeBaseEn + ".\"\n" +
        "4. Answer in English, briefly (at most 120 words), as plain text without Markdown, headings or a list of sources.";

    private static string UserText(string question, IReadOnlyList<MaterialSource> material, bool english)
    {
        var text = new StringBuilder();
        text.AppendLine("Material:");
        foreach (var source in material)
        {
            text.Append('[').Append(source.Number.ToString(CultureInfo.InvariantCulture)).Append("] ").AppendLine(source.Title);
            foreach (var line in source.Facts.Concat(source.Passages.Select(p => $"{p.Title}: {p.Text}")))
            {
                text.Append("- ").AppendLine(line);
            }
        }

        text.AppendLine().Append(english ? "Question: " : "Frage: ").AppendLine(question);
        return text.ToString();
    }
}

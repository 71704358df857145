namespace KommunalBot.Knowledge.Content;

/// <summary>
/// A FAQ or best practice as its editor wrote it: a file with front matter, or an item an editor approved and
/// published through the bot. <see cref="ToDocument"/> makes the searchable document of either.
/// </summary>
public sealed record Article
{
    /// <summary>Unique id (kebab-case).</summary>
    public required string Id { get; init; }

    /// <summary><see cref="DocumentType.Faq"/> or <see cref="DocumentType.BestPractice"/>.</summary>
    public required DocumentType Type { get; init; }

    /// <summary>Title.</summary>
    public required string Title { get; init; }

    /// <summary>The text as written, in Markdown.</summary>
    public required string Markdown { get; init; }

    /// <summary>Themes (at least one).</summary>
    public required IReadOnlyList<string> Topics { get; init; }

    /// <summary>Date of the text (file <c>datum</c>, or the day it was published).</summary>
    public required DateOnly Date { get; init; }

    /// <summary>Cited sources (at least one).</summary>
    public required IReadOnlyList<Source> Sources { get; init; }

    /// <summary>Region the article is about ("Bund" allowed), if any.</summary>
    public string? Region { get; init; }

    /// <summary>Organisation that reports it, if any; searchable.</summary>
    public string? Organisation { get; init; }

    /// <summary>Whom to ask, if anyone; searchable.</summary>
    public string? Contact { get; init; }

    /// <summary>Ids of Steckbriefe the article is about.</summary>
    public IReadOnlyList<string> Services { get; init; } = [];

    /// <summary>True for sample content shipped with the bot.</summary>
    public bool Sample { get; init; }

    /// <summary>File it was loaded from; null when published through the bot.</summary>
    public string? SourcePath { get; init; }

    /// <summary>The searchable document: plain text body (organisation and contact appended), first paragraph as summary.</summary>
    public KnowledgeDocument ToDocument()
    {
        var body = MarkdownText.ToPlain(Markdown);
        var extra = string.Join(" ", new[] { Organisation, Contact }.OfType<string>());
        return new KnowledgeDocument
        {
            Id = Id,
            Type = Type,
            Title = Title,
            Summary = FirstParagraph(body),
            Body = extra.Length == 0 ? body : body + "\n" + extra,
            Topics = Topics,
            Land = Region,
            Date = Date,
            Sources = Sources,
            Services = Services,
            Sample = Sample,
            SourcePath = SourcePath,
            Markdown = Markdown.Trim(),
        };
    }

    // The first paragraph, at most 400 characters, cut after a whole sentence (else a whole word).
    private static string FirstParagraph(string body)
    {
        const int Max = 400;
        var end = body.IndexOf("\n\n", StringComparison.Ordinal);
        var first = end < 0 ? body : body[..end];
        if (first.Length <= Max)
        {
            return first;
        }

        var sentence = first.LastIndexOf(". ", Max, StringComparison.Ordinal);
        if (sentence > Max / 2)
        {
            return first[..(sentence + 1)];
        }

        var word = first.LastIndexOf(' ', Max);
        return first[..(word > 0 ? word : Max)] + " …";
    }
}

namespace KommunalBot.Knowledge.Content;

/// <summary>One searchable document: a Steckbrief, FAQ, best practice or catalogue entry.</summary>
public sealed record KnowledgeDocument
{
    /// <summary>Unique id (kebab-case; catalogue entries <c>ozg-…</c> and <c>leika-…</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Kind of document.</summary>
    public required DocumentType Type { get; init; }

    /// <summary>Name of the service or title of the article.</summary>
    public required string Title { get; init; }

    /// <summary>Alternative names, searched with the title's weight.</summary>
    public IReadOnlyList<string> Synonyms { get; init; } = [];

    /// <summary>Short description (Steckbrief) or first paragraph (article).</summary>
    public string Summary { get; init; } = "";

    /// <summary>Plain text body (article text without Markdown).</summary>
    public string Body { get; init; } = "";

    /// <summary>An article's text as written (Markdown: numbered steps, bold lead-ins), for showing it; null otherwise.</summary>
    public string? Markdown { get; init; }

    /// <summary>Topics: Themenfeld and Lebenslage, or the article's themes.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>Land that implements the service, or the article's region ("Bund" allowed).</summary>
    public string? Land { get; init; }

    /// <summary>Status summary, if any.</summary>
    public string? Status { get; init; }

    /// <summary>Date of the last review (Steckbrief <c>stand</c>, article <c>datum</c>).</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Cited sources.</summary>
    public IReadOnlyList<Source> Sources { get; init; } = [];

    /// <summary>Ids of Steckbriefe an article is about (<c>dienste</c>).</summary>
    public IReadOnlyList<string> Services { get; init; } = [];

    /// <summary>True for sample content shipped with the bot.</summary>
    public bool Sample { get; init; }

    /// <summary>Facts of a Steckbrief; null for other types.</summary>
    public Steckbrief? Steckbrief { get; init; }

    /// <summary>Facts of a catalogue entry; null for other types.</summary>
    public CatalogEntry? Catalog { get; init; }

    /// <summary>File the document was loaded from, or null when published programmatically.</summary>
    public string? SourcePath { get; init; }
}

using System.Text;
using KommunalBot.Knowledge.Content;
using Microsoft.Data.Sqlite;

namespace KommunalBot.Knowledge.Bench;

/// <summary>
/// Baseline: SQLite FTS5 with tokenize='unicode61 remove_diacritics 2' and bm25 over the same document text;
/// the query is the question's words OR-ed.
/// </summary>
internal sealed class Fts5Baseline : IDisposable
{
    private readonly SqliteConnection _connection;

    public Fts5Baseline(IReadOnlyList<KnowledgeDocument> documents)
    {
        _connection = new SqliteConnection("Data Source=:memory:");
        _connection.Open();
        Execute("CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, title, body, tokenize='unicode61 remove_diacritics 2')");
        using var transaction = _connection.BeginTransaction();
        using var insert = _connection.CreateCommand();
        insert.CommandText = "INSERT INTO docs(id, title, body) VALUES ($id, $title, $body)";
        var id = insert.Parameters.Add("$id", SqliteType.Text);
        var title = insert.Parameters.Add("$title", SqliteType.Text);
        var body = insert.Parameters.Add("$body", SqliteType.Text);
        foreach (var d in documents)
        {
            id.Value = d.Id;
            title.Value = d.Title + " " + string.Join(" ", d.Synonyms);
            body.Value = Text(d);
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    public IReadOnlyList<string> Search(string question, int top)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in question + " ")
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                words.Add("\"" + word + "\"");
                word.Clear();
            }
        }

        if (words.Count == 0)
        {
            return [];
        }

        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT id FROM docs WHERE docs MATCH $q ORDER BY bm25(docs) LIMIT $top";
        command.Parameters.AddWithValue("$q", string.Join(" OR ", words));
        command.Parameters.AddWithValue("$top", top);
        var ids = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    private static string Text(KnowledgeDocument d)
    {
        var b = new StringBuilder();
        b.AppendJoin(' ', d.Topics).Append(' ').Append(d.Land).Append(' ').Append(d.Summary).Append(' ').Append(d.Body);
        if (d.Steckbrief is { } s)
        {
            b.Append(' ').Append(s.Ozg?.Leistung).Append(' ').AppendJoin(' ', s.Leika.Select(l => l.Name + " " + l.Schluessel));
            b.Append(' ').AppendJoin(' ', s.Fachverfahren.Select(f => $"{f.Produkt} {f.Hersteller} {f.Schnittstelle} {f.Hinweis}"));
            b.Append(' ').AppendJoin(' ', s.Transportwege.Select(t => $"{t.Weg} {t.Details}"));
            b.Append(' ').Append(s.Nachnutzung?.Kosten).Append(' ').AppendJoin(' ', s.Nachnutzung?.Modelle ?? []).Append(' ').Append(s.Nachnutzung?.Details);
            b.Append(' ').Append(s.Zahlung).Append(' ').Append(s.Nutzerkonto).Append(' ').AppendJoin(' ', s.Anbindung);
            b.Append(' ').Append(s.Status.Zusammenfassung).Append(' ').AppendJoin(' ', s.Kontakte.Select(k => $"{k.Rolle} {k.Name}"));
            b.Append(' ').Append(s.Betreiber).Append(' ').Append(s.Federfuehrung).Append(' ').AppendJoin(' ', s.Fachstandard);
        }

        if (d.Catalog is { } c)
        {
            b.Append(' ').Append(c.OzgLeistung).Append(' ').Append(c.OzgId).Append(' ').Append(c.LeikaKey);
        }

        return b.ToString();
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose() => _connection.Dispose();
}

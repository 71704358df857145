using System.Runtime.CompilerServices;

namespace KommunalBot.Bot.Storage;

internal sealed partial class SqliteDocumentStore
{
    private const int PageSize = 100;

    /// Reads in key-ordered pages and holds no connection while the caller works on a page,
    /// so a caller that updates documents while listing neither blocks nor pins a WAL snapshot.
    public async IAsyncEnumerable<StoredDocument> ListAsync(
        string prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        DocumentKey.ValidatePrefix(prefix);
        var upper = DocumentKey.UpperBound(prefix);
        string? after = null;
        while (true)
        {
            var page = await ReadPageAsync(prefix, after, upper, cancellationToken);
            foreach (var document in page)
            {
                yield return document;
            }

            if (page.Count < PageSize)
            {
                yield break;
            }

            after = page[^1].Key;
        }
    }

    private async Task<List<StoredDocument>> ReadPageAsync(
        string prefix, string? after, string? upper, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // Plain range conditions on the primary key, so SQLite walks the index and stops at the range's end.
        var lower = after is null ? "key >= @lower" : "key > @lower";
        var end = upper is null ? "" : " AND key < @upper";
        command.CommandText = $"SELECT key, json, etag FROM documents WHERE {lower}{end} ORDER BY key LIMIT {PageSize}";
        command.Parameters.AddWithValue("@lower", after ?? prefix);
        if (upper is not null)
        {
            command.Parameters.AddWithValue("@upper", upper);
        }

        var page = new List<StoredDocument>(PageSize);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            page.Add(new StoredDocument(reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }

        return page;
    }
}

using Microsoft.Data.Sqlite;

namespace KommunalBot.Bot.Storage;

internal sealed partial class SqliteDocumentStore
{
    // Rows per transaction: large enough that 11,000 records cost a few commits, small enough that other writers
    // (the sender, turns) wait milliseconds, not the whole batch, for the write lock.
    private const int BatchSize = 1000;

    /// One prepared INSERT … ON CONFLICT DO NOTHING per row, <see cref="BatchSize"/> rows per transaction.
    public async Task<IReadOnlySet<string>> CreateManyAsync(IReadOnlyList<KeyValuePair<string, string>> documents, CancellationToken cancellationToken)
    {
        foreach (var (key, json) in documents)
        {
            DocumentKey.Validate(key);
            ArgumentNullException.ThrowIfNull(json);
        }

        var created = new HashSet<string>(StringComparer.Ordinal);
        await using var connection = await OpenAsync(cancellationToken);
        foreach (var chunk in documents.Chunk(BatchSize))
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "INSERT INTO documents (key, json, etag, updated_utc) VALUES (@key, @json, @etag, @now) ON CONFLICT (key) DO NOTHING";
            var key = command.Parameters.Add("@key", SqliteType.Text);
            var json = command.Parameters.Add("@json", SqliteType.Text);
            var etag = command.Parameters.Add("@etag", SqliteType.Text);
            command.Parameters.AddWithValue("@now", UtcNowText());
            foreach (var document in chunk)
            {
                (key.Value, json.Value, etag.Value) = (document.Key, document.Value, Guid.NewGuid().ToString("N"));
                if (await command.ExecuteNonQueryAsync(cancellationToken) == 1)
                {
                    created.Add(document.Key);
                }
            }

            await transaction.CommitAsync(cancellationToken);
        }

        return created;
    }
}

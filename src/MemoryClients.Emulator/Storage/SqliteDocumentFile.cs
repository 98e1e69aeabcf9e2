using Microsoft.Data.Sqlite;

namespace MemoryClients.Emulator.Storage;

/// <summary>The on-disk copy of a <see cref="DocumentStore"/>: one table of JSON documents, one of counters.</summary>
internal sealed class SqliteDocumentFile : IDisposable
{
    private readonly SqliteConnection _connection;
    private SqliteTransaction? _transaction;
    private long _sequence;

    public SqliteDocumentFile(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString();
        _connection = new SqliteConnection(connectionString);
        _connection.Open();
        Execute("""
            PRAGMA journal_mode = WAL;
            PRAGMA synchronous = NORMAL;
            CREATE TABLE IF NOT EXISTS documents (
                collection TEXT NOT NULL,
                id TEXT NOT NULL,
                seq INTEGER NOT NULL,
                body TEXT NOT NULL,
                PRIMARY KEY (collection, id));
            CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
            """);
        using var max = Command("SELECT COALESCE(MAX(seq), 0) FROM documents");
        _sequence = (long)max.ExecuteScalar()!;
    }

    public IEnumerable<(string Collection, string Id, string Body)> LoadDocuments()
    {
        using var command = Command("SELECT collection, id, body FROM documents ORDER BY seq");
        using var reader = command.ExecuteReader();
        var rows = new List<(string, string, string)>();
        while (reader.Read()) rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        return rows;
    }

    public IEnumerable<(string Name, long Value)> LoadCounters()
    {
        using var command = Command("SELECT name, value FROM counters");
        using var reader = command.ExecuteReader();
        var rows = new List<(string, long)>();
        while (reader.Read()) rows.Add((reader.GetString(0), reader.GetInt64(1)));
        return rows;
    }

    public void Begin() => _transaction = _connection.BeginTransaction();

    public void Commit()
    {
        _transaction?.Commit();
        _transaction?.Dispose();
        _transaction = null;
    }

    public void Upsert(string collection, string id, string body)
    {
        using var command = Command("""
            INSERT INTO documents (collection, id, seq, body) VALUES ($c, $id, $seq, $body)
            ON CONFLICT (collection, id) DO UPDATE SET body = excluded.body
            """);
        command.Parameters.AddWithValue("$c", collection);
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$seq", ++_sequence);
        command.Parameters.AddWithValue("$body", body);
        command.ExecuteNonQuery();
    }

    public void Delete(string collection, string id)
    {
        using var command = Command("DELETE FROM documents WHERE collection = $c AND id = $id");
        command.Parameters.AddWithValue("$c", collection);
        command.Parameters.AddWithValue("$id", id);
        command.ExecuteNonQuery();
    }

    public void SetCounter(string name, long value)
    {
        using var command = Command("INSERT INTO counters (name, value) VALUES ($n, $v) ON CONFLICT (name) DO UPDATE SET value = excluded.value");
        command.Parameters.AddWithValue("$n", name);
        command.Parameters.AddWithValue("$v", value);
        command.ExecuteNonQuery();
    }

    public void Clear() => Execute("DELETE FROM documents; DELETE FROM counters;");

    public void Dispose()
    {
        _transaction?.Dispose();
        _connection.Dispose();
    }

    private void Execute(string sql)
    {
        using var command = Command(sql);
        command.ExecuteNonQuery();
    }

    private SqliteCommand Command(string sql)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = _transaction;
        return command;
    }
}

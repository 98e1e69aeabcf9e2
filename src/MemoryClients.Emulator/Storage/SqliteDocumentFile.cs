using Microsoft.Data.Sqlite;

namespace MemoryClients.Emulator.Storage;

/// <summary>
/// The on-disk copy of a <see cref="DocumentStore"/>: one table of JSON documents, one of counters. The file belongs to
/// one emulator at a time (a lock file beside it), only an emulator file (or an empty one) is opened, and a new file
/// and its journal are readable by the owner only.
/// </summary>
internal sealed class SqliteDocumentFile : IDisposable
{
    /// <summary>The tables of an emulator file and their columns, in order.</summary>
    private static readonly Dictionary<string, string[]> Schema = new(StringComparer.Ordinal)
    {
        ["documents"] = ["collection", "id", "seq", "body"],
        ["counters"] = ["name", "value"],
    };

    private readonly FileStream _lock;
    private readonly SqliteConnection _connection;
    private SqliteTransaction? _transaction;
    private long _sequence;

    public SqliteDocumentFile(string path)
    {
        var fullPath = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(fullPath);
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        _lock = Lock(fullPath);
        var opened = false;
        try
        {
            if (!CreateIfMissing(fullPath)) EnsureEmulatorFile(fullPath);
            _connection = Connect(fullPath, SqliteOpenMode.ReadWrite);
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
            opened = true;
        }
        catch (SqliteException e)
        {
            throw new EmulatorDataFileException(fullPath, $"The data file '{fullPath}' cannot be opened ({FirstLine(e)}).", e);
        }
        finally
        {
            if (!opened)
            {
                _connection?.Dispose();
                _lock.Dispose();
            }
        }
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
        _lock.Dispose();
    }

    /// <summary>
    /// Holds <c>&lt;file&gt;.lock</c> exclusively until disposed (deleted then); the operating system releases it when the
    /// process dies, so a crash leaves no stale lock.
    /// </summary>
    private static FileStream Lock(string dataFile)
    {
        var options = OwnerOnly(new FileStreamOptions
        {
            Mode = FileMode.OpenOrCreate,
            Access = FileAccess.ReadWrite,
            Share = FileShare.None,
            Options = FileOptions.DeleteOnClose,
        });
        try
        {
            return new FileStream(dataFile + ".lock", options);
        }
        catch (IOException e)
        {
            throw new EmulatorDataFileException(dataFile,
                $"The data file '{dataFile}' is in use by another emulator (it holds '{dataFile}.lock'); stop that emulator or use another file.", e);
        }
    }

    /// <summary>Creates an empty, owner-only file when there is none; true when the file is new or empty.</summary>
    private static bool CreateIfMissing(string path)
    {
        if (File.Exists(path)) return new FileInfo(path).Length == 0;
        // SQLite gives the -wal and -shm files the mode of the database file, so they are owner-only too.
        using (new FileStream(path, OwnerOnly(new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write })))
            return true;
    }

    private static FileStreamOptions OwnerOnly(FileStreamOptions options)
    {
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        return options;
    }

    /// <summary>Reads the file's schema without writing to it; refuses any database that is not an emulator file.</summary>
    private static void EnsureEmulatorFile(string path)
    {
        var tables = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var others = new List<string>();
        try
        {
            using var connection = Connect(path, SqliteOpenMode.ReadOnly);
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = """
                SELECT m.type, m.name, (SELECT group_concat(c.name, ',') FROM pragma_table_info(m.name) c)
                FROM sqlite_master m WHERE m.name NOT LIKE 'sqlite_autoindex_%'
                """;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                if (reader.GetString(0) == "table") tables[reader.GetString(1)] = reader.GetString(2).Split(',');
                else others.Add($"{reader.GetString(0)} '{reader.GetString(1)}'");
            }
        }
        catch (SqliteException e)
        {
            throw new EmulatorDataFileException(path, $"The data file '{path}' is not a SQLite database ({FirstLine(e)}); it was left untouched.", e);
        }

        // An empty database holds nothing to lose; anything else must have exactly the emulator's tables.
        var isEmulatorFile = others.Count == 0 && (tables.Count == 0 ||
            (tables.Count == Schema.Count && Schema.All(t => tables.TryGetValue(t.Key, out var columns) && columns.SequenceEqual(t.Value))));
        if (!isEmulatorFile)
        {
            var holds = string.Join(", ", tables.Keys.Select(t => $"table '{t}'").Concat(others).Take(5));
            throw new EmulatorDataFileException(path,
                $"The data file '{path}' is not an emulator data file (it holds {holds}); it was left untouched. Use another file.");
        }
    }

    private static SqliteConnection Connect(string path, SqliteOpenMode mode) => new(new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = mode,
        Pooling = false,
    }.ToString());

    private static string FirstLine(SqliteException e) => e.Message.Split('\n')[0].Trim();

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

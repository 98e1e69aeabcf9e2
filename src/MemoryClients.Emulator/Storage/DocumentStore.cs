using System.Text.Json.Nodes;
using MemoryClients.Emulator.Http;

namespace MemoryClients.Emulator.Storage;

/// <summary>
/// Named collections of JSON documents kept in insertion order, guarded by one lock, optionally written
/// through to a SQLite file. Callers get copies, so a document changes only through <see cref="Put"/>.
/// </summary>
internal sealed class DocumentStore : IDisposable
{
    private readonly object _gate = new();
    private readonly Dictionary<string, OrderedDictionary<string, JsonObject>> _collections = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _counters = new(StringComparer.Ordinal);
    private readonly SqliteDocumentFile? _file;
    private int _writeDepth;
    private long _version;

    private DocumentStore(SqliteDocumentFile? file) => _file = file;

    public bool IsPersistent => _file is not null;

    /// <summary>Grows with every write, so a reader can tell cheaply whether anything changed since it last looked.</summary>
    public long Version => Volatile.Read(ref _version);

    public static DocumentStore Open(string? dataFile)
    {
        if (dataFile is null) return new DocumentStore(null);
        var file = new SqliteDocumentFile(dataFile);
        var store = new DocumentStore(file);
        foreach (var (collection, id, body) in file.LoadDocuments())
        {
            if (Json.TryParse(body, out var node, out _) && node is JsonObject doc) store.Collection(collection)[id] = doc;
        }
        foreach (var (name, value) in file.LoadCounters()) store._counters[name] = value;
        return store;
    }

    /// <summary>Runs <paramref name="action"/> under the lock, as one SQLite transaction when persistent.</summary>
    public T Write<T>(Func<T> action)
    {
        lock (_gate)
        {
            var outermost = _writeDepth++ == 0;
            if (outermost) _file?.Begin();
            try
            {
                return action();
            }
            finally
            {
                _writeDepth--;
                // Memory and disk stay identical: whatever was applied in memory is committed too.
                if (outermost)
                {
                    _file?.Commit();
                    Interlocked.Increment(ref _version);
                }
            }
        }
    }

    public void Write(Action action) => Write(() =>
    {
        action();
        return true;
    });

    public T Read<T>(Func<T> action)
    {
        lock (_gate) return action();
    }

    public JsonObject? Get(string collection, string id)
    {
        lock (_gate)
            return Collection(collection).TryGetValue(id, out var doc) ? (JsonObject)doc.DeepClone() : null;
    }

    public bool Contains(string collection, string id)
    {
        lock (_gate) return Collection(collection).ContainsKey(id);
    }

    /// <summary>Copies of the documents that match, in insertion order; the predicate must not change them.</summary>
    public List<JsonObject> Where(string collection, Func<JsonObject, bool> predicate)
    {
        lock (_gate)
            return [.. Collection(collection).Values.Where(predicate).Select(d => (JsonObject)d.DeepClone())];
    }

    public List<JsonObject> All(string collection) => Where(collection, _ => true);

    /// <summary>Runs a read-only query over the stored documents themselves, without copies; the query must neither change nor keep them.</summary>
    public T Query<T>(string collection, Func<IEnumerable<JsonObject>, T> query)
    {
        lock (_gate) return query(Collection(collection).Values);
    }

    public int Count(string collection, Func<JsonObject, bool> predicate)
    {
        lock (_gate) return Collection(collection).Values.Count(predicate);
    }

    /// <summary>Inserts or replaces a document; a replaced document keeps its place in the order.</summary>
    public void Put(string collection, string id, JsonObject doc)
    {
        var copy = (JsonObject)doc.DeepClone();
        Write(() =>
        {
            Collection(collection)[id] = copy;
            _file?.Upsert(collection, id, Json.ToText(copy));
        });
    }

    public bool Remove(string collection, string id) => Write(() =>
    {
        if (!Collection(collection).Remove(id)) return false;
        _file?.Delete(collection, id);
        return true;
    });

    /// <summary>The next value of a named counter, starting at 1.</summary>
    public long Next(string counter) => Write(() =>
    {
        var value = _counters.GetValueOrDefault(counter) + 1;
        _counters[counter] = value;
        _file?.SetCounter(counter, value);
        return value;
    });

    /// <summary>Forgets every document and counter.</summary>
    public void Clear() => Write(() =>
    {
        _collections.Clear();
        _counters.Clear();
        _file?.Clear();
    });

    public void Dispose() => _file?.Dispose();

    private OrderedDictionary<string, JsonObject> Collection(string name)
    {
        if (!_collections.TryGetValue(name, out var collection))
        {
            collection = new OrderedDictionary<string, JsonObject>(StringComparer.Ordinal);
            _collections[name] = collection;
        }
        return collection;
    }
}

#if !NET9_0_OR_GREATER
using System.Diagnostics.CodeAnalysis;

namespace MemoryClients.Emulator.Compat;

/// <summary>
/// net8.0 only: the members of .NET 9's <c>OrderedDictionary&lt;TKey, TValue&gt;</c> that the emulator uses. Keys keep
/// their insertion order, a replaced value keeps its key's place, and removing is linear, as in .NET 9.
/// </summary>
internal sealed class OrderedDictionary<TKey, TValue>(IEqualityComparer<TKey> comparer)
    where TKey : notnull
{
    private readonly Dictionary<TKey, TValue> _values = new(comparer);
    private readonly List<TKey> _order = [];

    /// <summary>The values in the order their keys were first added.</summary>
    public IEnumerable<TValue> Values => _order.Select(key => _values[key]);

    /// <summary>Gets a value, or adds or replaces one (a replaced value keeps its place).</summary>
    public TValue this[TKey key]
    {
        get => _values[key];
        set
        {
            if (_values.TryAdd(key, value)) _order.Add(key);
            else _values[key] = value;
        }
    }

    public bool ContainsKey(TKey key) => _values.ContainsKey(key);

    public bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value) => _values.TryGetValue(key, out value);

    public bool Remove(TKey key)
    {
        if (!_values.Remove(key)) return false;
        _order.RemoveAt(_order.FindIndex(k => _values.Comparer.Equals(k, key)));
        return true;
    }
}
#endif

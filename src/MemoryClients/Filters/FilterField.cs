namespace MemoryClients.Filters;

/// <summary>A field a filter can test; each subclass offers only the operators that make sense for its type.</summary>
/// <remarks>Get fields from <see cref="MemoryFilter"/>, e.g. <c>MemoryFilter.UserId</c> or <c>MemoryFilter.Metadata("topic")</c>.
/// Whether a service accepts a given field and operator is checked when the filter is written for that service.</remarks>
public abstract class FilterField
{
    private protected FilterField(string name, string? metadataKey = null)
    {
        Name = name;
        MetadataKey = metadataKey;
    }

    /// <summary>The field as written in filters, e.g. <c>user_id</c> or <c>metadata.topic</c>.</summary>
    public string Name { get; }

    /// <summary>The key inside <c>metadata</c> for a metadata field; null for every other field.</summary>
    internal string? MetadataKey { get; }

    /// <summary>Returns <see cref="Name"/>.</summary>
    public override string ToString() => Name;

    private protected MemoryFilter Test(FilterOperator @operator, params FilterValue[] values) =>
        new FieldFilter(Name, MetadataKey, @operator, new EquatableArray<FilterValue>(values));

    /// <summary>
    /// Both bounds included: <c>atLeast(from) &amp; atMost(to)</c>. Each bound is checked by its own test first (a double
    /// must be finite), then their order.
    /// </summary>
    private protected static MemoryFilter Range<T>(T from, T to, Func<T, MemoryFilter> atLeast, Func<T, MemoryFilter> atMost)
        where T : IComparable<T>
    {
        var lower = atLeast(from);
        var upper = atMost(to);
        if (from.CompareTo(to) > 0)
            throw new ArgumentOutOfRangeException(nameof(to), to, "to must not come before from.");
        return lower & upper;
    }

    private protected MemoryFilter TestList<T>(FilterOperator @operator, IEnumerable<T> values, Func<T, FilterValue> toValue, string paramName)
    {
        ArgumentNullException.ThrowIfNull(values, paramName);
        var items = values.Select(toValue).ToArray();
        if (items.Length == 0)
            throw new ArgumentException($"{@operator} needs at least one value.", paramName);
        return Test(@operator, items);
    }
}

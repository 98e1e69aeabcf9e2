namespace MemoryClients.Filters;

/// <summary>One key of the free-form metadata attached to a memory: <c>metadata.&lt;key&gt;</c>.</summary>
/// <remarks>The numeric tests come from <see cref="NumericField"/>; text and boolean tests are declared here.</remarks>
public sealed class MetadataField : NumericField
{
    internal MetadataField(string key) : base("metadata." + key, key) { }

    /// <summary>The key inside <c>metadata</c>.</summary>
    public string Key => MetadataKey!;

    /// <summary>The value equals <paramref name="value"/>.</summary>
    public MemoryFilter Is(string value) => Test(FilterOperator.Is, FilterValue.Of(value, nameof(value)));

    /// <summary>The value equals <paramref name="value"/>.</summary>
    public MemoryFilter Is(bool value) => Test(FilterOperator.Is, FilterValue.Of(value));

    /// <summary>The value differs from <paramref name="value"/>.</summary>
    public MemoryFilter IsNot(string value) => Test(FilterOperator.IsNot, FilterValue.Of(value, nameof(value)));

    /// <summary>The value differs from <paramref name="value"/>.</summary>
    public MemoryFilter IsNot(bool value) => Test(FilterOperator.IsNot, FilterValue.Of(value));

    /// <summary>The value equals one of <paramref name="values"/> (at least one).</summary>
    public MemoryFilter In(params IEnumerable<string> values) =>
        TestList(FilterOperator.In, values, v => FilterValue.Of(v, nameof(values)), nameof(values));

    /// <summary>The value equals none of <paramref name="values"/> (at least one).</summary>
    public MemoryFilter NotIn(params IEnumerable<string> values) =>
        TestList(FilterOperator.NotIn, values, v => FilterValue.Of(v, nameof(values)), nameof(values));

    /// <summary>The value contains <paramref name="value"/>.</summary>
    public MemoryFilter Contains(string value) => Test(FilterOperator.Contains, FilterValue.Of(value, nameof(value)));

    /// <summary>The key is absent or its value is null.</summary>
    public MemoryFilter IsNull() => Test(FilterOperator.IsNull);

    /// <summary>The key is present with a non-null value.</summary>
    public MemoryFilter IsNotNull() => Test(FilterOperator.IsNotNull);
}

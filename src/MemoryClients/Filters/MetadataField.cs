namespace MemoryClients.Filters;

/// <summary>One key of the free-form metadata attached to a memory: <c>metadata.&lt;key&gt;</c>.</summary>
public sealed class MetadataField : FilterField
{
    internal MetadataField(string key) : base("metadata." + key, key) { }

    /// <summary>The key inside <c>metadata</c>.</summary>
    public string Key => MetadataKey!;

    /// <summary>The value equals <paramref name="value"/>.</summary>
    public MemoryFilter Is(string value) => Test(FilterOperator.Is, FilterValue.Of(value, nameof(value)));

    /// <summary>The value equals <paramref name="value"/>.</summary>
    public MemoryFilter Is(long value) => Test(FilterOperator.Is, FilterValue.Of(value));

    /// <summary>The value equals <paramref name="value"/> (finite).</summary>
    public MemoryFilter Is(double value) => Test(FilterOperator.Is, FilterValue.Of(value, nameof(value)));

    /// <summary>The value equals <paramref name="value"/>.</summary>
    public MemoryFilter Is(bool value) => Test(FilterOperator.Is, FilterValue.Of(value));

    /// <summary>The value differs from <paramref name="value"/>.</summary>
    public MemoryFilter IsNot(string value) => Test(FilterOperator.IsNot, FilterValue.Of(value, nameof(value)));

    /// <summary>The value differs from <paramref name="value"/>.</summary>
    public MemoryFilter IsNot(long value) => Test(FilterOperator.IsNot, FilterValue.Of(value));

    /// <summary>The value differs from <paramref name="value"/> (finite).</summary>
    public MemoryFilter IsNot(double value) => Test(FilterOperator.IsNot, FilterValue.Of(value, nameof(value)));

    /// <summary>The value differs from <paramref name="value"/>.</summary>
    public MemoryFilter IsNot(bool value) => Test(FilterOperator.IsNot, FilterValue.Of(value));

    /// <summary>The value equals one of <paramref name="values"/> (at least one).</summary>
    public MemoryFilter In(params IEnumerable<string> values) =>
        TestList(FilterOperator.In, values, v => FilterValue.Of(v, nameof(values)), nameof(values));

    /// <summary>The value equals one of <paramref name="values"/> (at least one).</summary>
    public MemoryFilter In(params IEnumerable<long> values) => TestList(FilterOperator.In, values, FilterValue.Of, nameof(values));

    /// <summary>The value equals none of <paramref name="values"/> (at least one).</summary>
    public MemoryFilter NotIn(params IEnumerable<string> values) =>
        TestList(FilterOperator.NotIn, values, v => FilterValue.Of(v, nameof(values)), nameof(values));

    /// <summary>The value equals none of <paramref name="values"/> (at least one).</summary>
    public MemoryFilter NotIn(params IEnumerable<long> values) => TestList(FilterOperator.NotIn, values, FilterValue.Of, nameof(values));

    /// <summary>The value is greater than <paramref name="value"/>.</summary>
    public MemoryFilter GreaterThan(long value) => Test(FilterOperator.GreaterThan, FilterValue.Of(value));

    /// <summary>The value is greater than <paramref name="value"/> (finite).</summary>
    public MemoryFilter GreaterThan(double value) => Test(FilterOperator.GreaterThan, FilterValue.Of(value, nameof(value)));

    /// <summary>The value is greater than or equal to <paramref name="value"/>.</summary>
    public MemoryFilter GreaterThanOrEqual(long value) => Test(FilterOperator.GreaterThanOrEqual, FilterValue.Of(value));

    /// <summary>The value is greater than or equal to <paramref name="value"/> (finite).</summary>
    public MemoryFilter GreaterThanOrEqual(double value) =>
        Test(FilterOperator.GreaterThanOrEqual, FilterValue.Of(value, nameof(value)));

    /// <summary>The value is less than <paramref name="value"/>.</summary>
    public MemoryFilter LessThan(long value) => Test(FilterOperator.LessThan, FilterValue.Of(value));

    /// <summary>The value is less than <paramref name="value"/> (finite).</summary>
    public MemoryFilter LessThan(double value) => Test(FilterOperator.LessThan, FilterValue.Of(value, nameof(value)));

    /// <summary>The value is less than or equal to <paramref name="value"/>.</summary>
    public MemoryFilter LessThanOrEqual(long value) => Test(FilterOperator.LessThanOrEqual, FilterValue.Of(value));

    /// <summary>The value is less than or equal to <paramref name="value"/> (finite).</summary>
    public MemoryFilter LessThanOrEqual(double value) =>
        Test(FilterOperator.LessThanOrEqual, FilterValue.Of(value, nameof(value)));

    /// <summary>The value contains <paramref name="value"/>.</summary>
    public MemoryFilter Contains(string value) => Test(FilterOperator.Contains, FilterValue.Of(value, nameof(value)));

    /// <summary>The key is absent or its value is null.</summary>
    public MemoryFilter IsNull() => Test(FilterOperator.IsNull);

    /// <summary>The key is present with a non-null value.</summary>
    public MemoryFilter IsNotNull() => Test(FilterOperator.IsNotNull);
}

namespace MemoryClients.Filters;

/// <summary>A text field such as <c>user_id</c>, <c>keywords</c> or <c>producer_id</c>.</summary>
public sealed class StringField : FilterField
{
    internal StringField(string name) : base(name) { }

    /// <summary>The field equals <paramref name="value"/>.</summary>
    public MemoryFilter Is(string value) => Test(FilterOperator.Is, FilterValue.Of(value, nameof(value)));

    /// <summary>The field differs from <paramref name="value"/>.</summary>
    public MemoryFilter IsNot(string value) => Test(FilterOperator.IsNot, FilterValue.Of(value, nameof(value)));

    /// <summary>The field equals one of <paramref name="values"/> (at least one).</summary>
    public MemoryFilter In(params IEnumerable<string> values) =>
        TestList(FilterOperator.In, values, v => FilterValue.Of(v, nameof(values)), nameof(values));

    /// <summary>The field equals none of <paramref name="values"/> (at least one).</summary>
    public MemoryFilter NotIn(params IEnumerable<string> values) =>
        TestList(FilterOperator.NotIn, values, v => FilterValue.Of(v, nameof(values)), nameof(values));

    /// <summary>The field contains <paramref name="value"/>.</summary>
    public MemoryFilter Contains(string value) => Test(FilterOperator.Contains, FilterValue.Of(value, nameof(value)));

    /// <summary>The field contains <paramref name="value"/>, ignoring case.</summary>
    public MemoryFilter ContainsIgnoreCase(string value) =>
        Test(FilterOperator.ContainsIgnoreCase, FilterValue.Of(value, nameof(value)));

    /// <summary>The field has any value: Mem0's wildcard <c>"*"</c>.</summary>
    public MemoryFilter IsAny() => Test(FilterOperator.IsAny);

    /// <summary>The field is null or absent.</summary>
    public MemoryFilter IsNull() => Test(FilterOperator.IsNull);

    /// <summary>The field is present and not null.</summary>
    public MemoryFilter IsNotNull() => Test(FilterOperator.IsNotNull);
}

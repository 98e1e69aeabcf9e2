namespace MemoryClients.Filters;

/// <summary>
/// A field that can hold a number: the numeric tests shared by <see cref="NumberField"/> and <see cref="MetadataField"/>.
/// A <see cref="double"/> operand must be finite.
/// </summary>
public abstract class NumericField : FilterField
{
    private protected NumericField(string name, string? metadataKey = null) : base(name, metadataKey) { }

    /// <summary>The field equals <paramref name="value"/>.</summary>
    public MemoryFilter Is(long value) => Test(FilterOperator.Is, FilterValue.Of(value));

    /// <summary>The field equals <paramref name="value"/> (finite).</summary>
    public MemoryFilter Is(double value) => Test(FilterOperator.Is, FilterValue.Of(value, nameof(value)));

    /// <summary>The field differs from <paramref name="value"/>.</summary>
    public MemoryFilter IsNot(long value) => Test(FilterOperator.IsNot, FilterValue.Of(value));

    /// <summary>The field differs from <paramref name="value"/> (finite).</summary>
    public MemoryFilter IsNot(double value) => Test(FilterOperator.IsNot, FilterValue.Of(value, nameof(value)));

    /// <summary>The field equals one of <paramref name="values"/> (at least one).</summary>
    public MemoryFilter In(params IEnumerable<long> values) => TestList(FilterOperator.In, values, FilterValue.Of, nameof(values));

    /// <summary>The field equals none of <paramref name="values"/> (at least one).</summary>
    public MemoryFilter NotIn(params IEnumerable<long> values) => TestList(FilterOperator.NotIn, values, FilterValue.Of, nameof(values));

    /// <summary>The field is greater than <paramref name="value"/>.</summary>
    public MemoryFilter GreaterThan(long value) => Test(FilterOperator.GreaterThan, FilterValue.Of(value));

    /// <summary>The field is greater than <paramref name="value"/> (finite).</summary>
    public MemoryFilter GreaterThan(double value) => Test(FilterOperator.GreaterThan, FilterValue.Of(value, nameof(value)));

    /// <summary>The field is greater than or equal to <paramref name="value"/>.</summary>
    public MemoryFilter GreaterThanOrEqual(long value) => Test(FilterOperator.GreaterThanOrEqual, FilterValue.Of(value));

    /// <summary>The field is greater than or equal to <paramref name="value"/> (finite).</summary>
    public MemoryFilter GreaterThanOrEqual(double value) =>
        Test(FilterOperator.GreaterThanOrEqual, FilterValue.Of(value, nameof(value)));

    /// <summary>The field is less than <paramref name="value"/>.</summary>
    public MemoryFilter LessThan(long value) => Test(FilterOperator.LessThan, FilterValue.Of(value));

    /// <summary>The field is less than <paramref name="value"/> (finite).</summary>
    public MemoryFilter LessThan(double value) => Test(FilterOperator.LessThan, FilterValue.Of(value, nameof(value)));

    /// <summary>The field is less than or equal to <paramref name="value"/>.</summary>
    public MemoryFilter LessThanOrEqual(long value) => Test(FilterOperator.LessThanOrEqual, FilterValue.Of(value));

    /// <summary>The field is less than or equal to <paramref name="value"/> (finite).</summary>
    public MemoryFilter LessThanOrEqual(double value) =>
        Test(FilterOperator.LessThanOrEqual, FilterValue.Of(value, nameof(value)));
}

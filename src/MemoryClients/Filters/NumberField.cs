namespace MemoryClients.Filters;

/// <summary>A numeric field such as MemMachine's <c>sequence_num</c>.</summary>
public sealed class NumberField : FilterField
{
    internal NumberField(string name) : base(name) { }

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

    /// <summary>The field lies between <paramref name="from"/> and <paramref name="to"/>, both included.</summary>
    public MemoryFilter Between(long from, long to)
    {
        if (from > to)
            throw new ArgumentOutOfRangeException(nameof(to), to, "to must not be less than from.");
        return GreaterThanOrEqual(from) & LessThanOrEqual(to);
    }

    /// <summary>The field lies between <paramref name="from"/> and <paramref name="to"/>, both included (finite).</summary>
    public MemoryFilter Between(double from, double to)
    {
        if (from > to)
            throw new ArgumentOutOfRangeException(nameof(to), to, "to must not be less than from.");
        return GreaterThanOrEqual(from) & LessThanOrEqual(to);
    }

    /// <summary>The field is null or absent.</summary>
    public MemoryFilter IsNull() => Test(FilterOperator.IsNull);

    /// <summary>The field is present and not null.</summary>
    public MemoryFilter IsNotNull() => Test(FilterOperator.IsNotNull);
}

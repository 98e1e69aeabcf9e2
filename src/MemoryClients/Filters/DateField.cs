namespace MemoryClients.Filters;

/// <summary>A point-in-time field such as <c>created_at</c>.</summary>
public sealed class DateField : FilterField
{
    internal DateField(string name) : base(name) { }

    /// <summary>The field equals <paramref name="value"/>.</summary>
    public MemoryFilter Is(DateTimeOffset value) => Test(FilterOperator.Is, FilterValue.Of(value));

    /// <summary>The field differs from <paramref name="value"/>.</summary>
    public MemoryFilter IsNot(DateTimeOffset value) => Test(FilterOperator.IsNot, FilterValue.Of(value));

    /// <summary>The field equals one of <paramref name="values"/> (at least one).</summary>
    public MemoryFilter In(params IEnumerable<DateTimeOffset> values) =>
        TestList(FilterOperator.In, values, FilterValue.Of, nameof(values));

    /// <summary>The field equals none of <paramref name="values"/> (at least one).</summary>
    public MemoryFilter NotIn(params IEnumerable<DateTimeOffset> values) =>
        TestList(FilterOperator.NotIn, values, FilterValue.Of, nameof(values));

    /// <summary>The field is later than <paramref name="value"/>.</summary>
    public MemoryFilter GreaterThan(DateTimeOffset value) => Test(FilterOperator.GreaterThan, FilterValue.Of(value));

    /// <summary>The field is <paramref name="value"/> or later.</summary>
    public MemoryFilter GreaterThanOrEqual(DateTimeOffset value) => Test(FilterOperator.GreaterThanOrEqual, FilterValue.Of(value));

    /// <summary>The field is earlier than <paramref name="value"/>.</summary>
    public MemoryFilter LessThan(DateTimeOffset value) => Test(FilterOperator.LessThan, FilterValue.Of(value));

    /// <summary>The field is <paramref name="value"/> or earlier.</summary>
    public MemoryFilter LessThanOrEqual(DateTimeOffset value) => Test(FilterOperator.LessThanOrEqual, FilterValue.Of(value));

    /// <summary>The field lies between <paramref name="from"/> and <paramref name="to"/>, both included.</summary>
    public MemoryFilter Between(DateTimeOffset from, DateTimeOffset to) => Range(from, to, GreaterThanOrEqual, LessThanOrEqual);

    /// <summary>The field is null or absent.</summary>
    public MemoryFilter IsNull() => Test(FilterOperator.IsNull);

    /// <summary>The field is present and not null.</summary>
    public MemoryFilter IsNotNull() => Test(FilterOperator.IsNotNull);
}

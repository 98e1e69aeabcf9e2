namespace MemoryClients.Filters;

/// <summary>A numeric field such as MemMachine's <c>sequence_num</c>.</summary>
public sealed class NumberField : NumericField
{
    internal NumberField(string name) : base(name) { }

    /// <summary>The field lies between <paramref name="from"/> and <paramref name="to"/>, both included.</summary>
    public MemoryFilter Between(long from, long to) => Range(from, to, GreaterThanOrEqual, LessThanOrEqual);

    /// <summary>The field lies between <paramref name="from"/> and <paramref name="to"/>, both included (finite).</summary>
    public MemoryFilter Between(double from, double to) => Range(from, to, GreaterThanOrEqual, LessThanOrEqual);

    /// <summary>The field is null or absent.</summary>
    public MemoryFilter IsNull() => Test(FilterOperator.IsNull);

    /// <summary>The field is present and not null.</summary>
    public MemoryFilter IsNotNull() => Test(FilterOperator.IsNotNull);
}

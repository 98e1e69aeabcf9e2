namespace MemoryClients.Filters;

/// <summary>A field holding a list of strings, such as Mem0's <c>categories</c>.</summary>
public sealed class ListField : FilterField
{
    internal ListField(string name) : base(name) { }

    /// <summary>Some item of the list contains <paramref name="item"/>: Mem0 matches part of a category name, ignoring case (use <see cref="In"/> for exact names).</summary>
    public MemoryFilter Contains(string item) => Test(FilterOperator.Contains, FilterValue.Of(item, nameof(item)));

    /// <summary>The list holds at least one of <paramref name="items"/> (at least one).</summary>
    public MemoryFilter In(params IEnumerable<string> items) =>
        TestList(FilterOperator.In, items, v => FilterValue.Of(v, nameof(items)), nameof(items));

    /// <summary>The list holds none of <paramref name="items"/> (at least one).</summary>
    public MemoryFilter NotIn(params IEnumerable<string> items) =>
        TestList(FilterOperator.NotIn, items, v => FilterValue.Of(v, nameof(items)), nameof(items));
}

namespace MemoryClients.Filters;

/// <summary>Matches when every operand matches; built flat (no AND directly inside another AND).</summary>
internal sealed record AndFilter(EquatableArray<MemoryFilter> Filters) : MemoryFilter
{
    public override string ToString() => $"({string.Join(" AND ", Filters)})";
}

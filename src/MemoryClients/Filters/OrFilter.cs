namespace MemoryClients.Filters;

/// <summary>Matches when at least one operand matches; built flat (no OR directly inside another OR).</summary>
internal sealed record OrFilter(EquatableArray<MemoryFilter> Filters) : MemoryFilter
{
    public override string ToString() => $"({string.Join(" OR ", Filters)})";
}

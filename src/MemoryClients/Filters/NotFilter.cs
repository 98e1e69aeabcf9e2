namespace MemoryClients.Filters;

/// <summary>Matches when the operand does not match.</summary>
internal sealed record NotFilter(MemoryFilter Filter) : MemoryFilter
{
    public override string ToString() => $"NOT {Filter}";
}

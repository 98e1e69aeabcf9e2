namespace MemoryClients.MemMachine.Api;

/// <summary>The answer of <c>POST /memories/semantic/set_id/list</c>.</summary>
public sealed record MemMachineListSemanticSetIdsResponse : ApiModel
{
    /// <summary>The matching sets.</summary>
    public IReadOnlyList<MemMachineSemanticSet> Sets { get; init; } = [];
}

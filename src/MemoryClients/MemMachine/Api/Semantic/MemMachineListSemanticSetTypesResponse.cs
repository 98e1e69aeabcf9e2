namespace MemoryClients.MemMachine.Api;

/// <summary>The answer of <c>POST /memories/semantic/set_type/list</c>.</summary>
public sealed record MemMachineListSemanticSetTypesResponse : ApiModel
{
    /// <summary>The project's set types.</summary>
    public IReadOnlyList<MemMachineSemanticSetType> SetTypes { get; init; } = [];
}

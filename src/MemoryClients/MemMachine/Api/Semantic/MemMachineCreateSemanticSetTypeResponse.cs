namespace MemoryClients.MemMachine.Api;

/// <summary>The answer of <c>POST /memories/semantic/set_type</c>.</summary>
public sealed record MemMachineCreateSemanticSetTypeResponse : ApiModel
{
    /// <summary>The id of the new set type.</summary>
    public string SetTypeId { get; init; } = "";
}

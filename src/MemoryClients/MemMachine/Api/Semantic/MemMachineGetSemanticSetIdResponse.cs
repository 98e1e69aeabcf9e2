namespace MemoryClients.MemMachine.Api;

/// <summary>The answer of <c>POST /memories/semantic/set_id/get</c>.</summary>
public sealed record MemMachineGetSemanticSetIdResponse : ApiModel
{
    /// <summary>The id of the found or created set.</summary>
    public string SetId { get; init; } = "";
}

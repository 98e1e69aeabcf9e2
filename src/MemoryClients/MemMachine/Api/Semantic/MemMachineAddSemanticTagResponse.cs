namespace MemoryClients.MemMachine.Api;

/// <summary>The answer of <c>POST /memories/semantic/category/tag</c>.</summary>
public sealed record MemMachineAddSemanticTagResponse : ApiModel
{
    /// <summary>The id of the new tag.</summary>
    public string TagId { get; init; } = "";
}

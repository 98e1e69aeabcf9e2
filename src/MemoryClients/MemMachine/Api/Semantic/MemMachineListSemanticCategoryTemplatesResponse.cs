namespace MemoryClients.MemMachine.Api;

/// <summary>The answer of <c>POST /memories/semantic/category/template/list</c>.</summary>
public sealed record MemMachineListSemanticCategoryTemplatesResponse : ApiModel
{
    /// <summary>The set type's category templates.</summary>
    public IReadOnlyList<MemMachineSemanticCategoryTemplate> Categories { get; init; } = [];
}

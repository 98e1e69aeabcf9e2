namespace MemoryClients.MemMachine.Api;

/// <summary>The answer of <c>POST /memories/semantic/category</c> and <c>/category/template</c>.</summary>
public sealed record MemMachineAddSemanticCategoryResponse : ApiModel
{
    /// <summary>The id of the new category.</summary>
    public string CategoryId { get; init; } = "";
}

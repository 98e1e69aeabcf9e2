namespace MemoryClients.MemMachine.Api;

/// <summary>The answer of <c>POST /memories/semantic/category/set_ids/get</c>.</summary>
public sealed record MemMachineGetSemanticCategorySetIdsResponse : ApiModel
{
    /// <summary>The sets that use the category.</summary>
    public IReadOnlyList<string> SetIds { get; init; } = [];
}

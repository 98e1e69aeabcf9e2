namespace MemoryClients.MemMachine.Api;

/// <summary>The body of <c>POST /memories/semantic/category/tag</c> (self-hosted only): adds a tag to a category.</summary>
public sealed record MemMachineAddSemanticTagRequest
{
    /// <summary>The organisation id; the server default is <c>universal</c>.</summary>
    public string? OrgId { get; init; }

    /// <summary>The project id; the server default is <c>universal</c>.</summary>
    public string? ProjectId { get; init; }

    /// <summary>The category to add the tag to.</summary>
    public required string CategoryId { get; init; }

    /// <summary>The tag name.</summary>
    public required string TagName { get; init; }

    /// <summary>What the tag covers, for the extractor.</summary>
    public required string TagDescription { get; init; }
}

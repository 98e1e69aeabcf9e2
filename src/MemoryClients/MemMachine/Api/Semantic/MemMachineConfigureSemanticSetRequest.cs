namespace MemoryClients.MemMachine.Api;

/// <summary>The body of <c>POST /memories/semantic/set/configure</c> (self-hosted only): the models a set uses.</summary>
public sealed record MemMachineConfigureSemanticSetRequest
{
    /// <summary>The organisation id; the server default is <c>universal</c>.</summary>
    public string? OrgId { get; init; }

    /// <summary>The project id; the server default is <c>universal</c>.</summary>
    public string? ProjectId { get; init; }

    /// <summary>The set to configure.</summary>
    public required string SetId { get; init; }

    /// <summary>The embedder resource to use, or null to keep the current one.</summary>
    public string? EmbedderName { get; init; }

    /// <summary>The language model resource to use, or null to keep the current one.</summary>
    public string? LlmName { get; init; }
}

namespace MemoryClients.MemMachine;

/// <summary>
/// The models of a semantic set, which are the body of <c>POST /memories/semantic/set/configure</c>
/// (<see cref="Api.MemMachineConfigureSemanticSetRequest"/> adds the project and the set id); set at least one.
/// </summary>
public record MemMachineConfigureSemanticSetOptions : MemoryCallOptions
{
    /// <summary>The embedder resource to use (a name from the server's configuration), or null to keep the current one.</summary>
    public string? EmbedderName { get; init; }

    /// <summary>The language model resource to use (a name from the server's configuration), or null to keep the current one.</summary>
    public string? LlmName { get; init; }
}

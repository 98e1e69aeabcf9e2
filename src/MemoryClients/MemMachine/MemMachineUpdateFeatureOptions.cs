namespace MemoryClients.MemMachine;

/// <summary>
/// The changes to a semantic feature, which are the body of <c>POST /memories/semantic/feature/update</c>
/// (<see cref="Api.MemMachineUpdateFeatureRequest"/> adds the project and the feature id); a null property is left unchanged.
/// </summary>
public record MemMachineUpdateFeatureOptions : MemoryCallOptions
{
    /// <summary>The new category, or null to keep it.</summary>
    public string? CategoryName { get; init; }

    /// <summary>The new tag, or null to keep it.</summary>
    public string? Tag { get; init; }

    /// <summary>The new feature name, or null to keep it.</summary>
    public string? Feature { get; init; }

    /// <summary>The new value, or null to keep it.</summary>
    public string? Value { get; init; }

    /// <summary>The new string metadata, replacing the old, or null to keep it.</summary>
    public IReadOnlyDictionary<string, string>? Metadata { get; init; }
}

namespace MemoryClients.MemMachine.Api;

/// <summary>A semantic set type, as listed by <c>POST /memories/semantic/set_type/list</c>.</summary>
public sealed record MemMachineSemanticSetType : ApiModel
{
    /// <summary>The set type id, when sent.</summary>
    public string? Id { get; init; }

    /// <summary>Whether the set type belongs to the organisation rather than the project.</summary>
    public bool IsOrgLevel { get; init; }

    /// <summary>The metadata keys whose values identify a set of this type.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The display name, when set.</summary>
    public string? Name { get; init; }

    /// <summary>The description, when set.</summary>
    public string? Description { get; init; }
}

namespace MemoryClients.MemMachine.Api;

/// <summary>A semantic set, as listed by <c>POST /memories/semantic/set_id/list</c>.</summary>
public sealed record MemMachineSemanticSet : ApiModel
{
    /// <summary>The set id.</summary>
    public string Id { get; init; } = "";

    /// <summary>Whether the set belongs to the organisation rather than the project.</summary>
    public bool IsOrgLevel { get; init; }

    /// <summary>The metadata keys that identify the set.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The display name, when set.</summary>
    public string? Name { get; init; }

    /// <summary>The description, when set.</summary>
    public string? Description { get; init; }
}

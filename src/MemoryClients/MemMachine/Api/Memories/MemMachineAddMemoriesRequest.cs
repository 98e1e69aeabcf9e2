namespace MemoryClients.MemMachine.Api;

/// <summary>The body of <c>POST /memories</c>.</summary>
public sealed record MemMachineAddMemoriesRequest
{
    /// <summary>The organisation id, sent only to self-hosted servers; omitted when null.</summary>
    public string? OrgId { get; init; }

    /// <summary>The project id; on the cloud an empty string means the caller's default project; omitted when null.</summary>
    public string? ProjectId { get; init; }

    /// <summary>The memory types to write; null or empty means all types.</summary>
    public IReadOnlyList<MemMachineMemoryType>? Types { get; init; }

    /// <summary>The messages to add; at least one.</summary>
    public required IReadOnlyList<MemMachineMessage> Messages { get; init; }
}

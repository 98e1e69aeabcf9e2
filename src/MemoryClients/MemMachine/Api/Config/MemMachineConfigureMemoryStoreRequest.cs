namespace MemoryClients.MemMachine.Api;

/// <summary>The body of the short-term and long-term <c>config</c> endpoints (self-hosted only).</summary>
public sealed record MemMachineConfigureMemoryStoreRequest
{
    /// <summary>The organisation id; the server default is <c>universal</c>.</summary>
    public string? OrgId { get; init; }

    /// <summary>The project id; the server default is <c>universal</c>.</summary>
    public string? ProjectId { get; init; }

    /// <summary>Turns the store on or off, or null to keep it.</summary>
    public bool? Enabled { get; init; }
}

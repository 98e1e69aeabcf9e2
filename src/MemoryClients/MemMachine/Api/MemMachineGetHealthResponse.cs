namespace MemoryClients.MemMachine.Api;

/// <summary>The answer of <c>GET /health</c>: whether the service is up, and its name and version.</summary>
public sealed record MemMachineGetHealthResponse : ApiModel
{
    /// <summary><c>healthy</c> when the service is up.</summary>
    public string? Status { get; init; }

    /// <summary>The service name, <c>memmachine</c> on self-hosted servers.</summary>
    public string? Service { get; init; }

    /// <summary>The server version.</summary>
    public string? Version { get; init; }
}

namespace MemoryClients.Mem0.Api;

/// <summary>The answer of <c>GET /v1/ping/</c>: who the API key belongs to.</summary>
public sealed record Mem0PingResponse : ApiModel
{
    /// <summary><c>ok</c> when the key is valid.</summary>
    public string? Status { get; init; }

    /// <summary>The organisation the key belongs to.</summary>
    public string? OrgId { get; init; }

    /// <summary>The project the key belongs to.</summary>
    public string? ProjectId { get; init; }

    /// <summary>The e-mail address of the key's owner.</summary>
    public string? UserEmail { get; init; }
}

using Refit;
namespace MemoryClients.Mem0.Api;

/// <summary>
/// The Mem0 <c>/v1/</c> endpoints, one method per endpoint, with request and response types that match the wire.
/// Use <see cref="Mem0Client"/> for validation, scopes and paging; use this for full control.
/// </summary>
/// <remarks>Split by area over several files (<c>IMem0V1Api.*.cs</c>).</remarks>
public partial interface IMem0V1Api
{
    /// <summary><c>GET /v1/ping/</c>: checks the key and returns its organisation and project.</summary>
    [Get("v1/ping/")]
    Task<Mem0PingResponse> PingAsync(CancellationToken cancellationToken = default);
}

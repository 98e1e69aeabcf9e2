namespace MemoryClients.Mem0.Api;

/// <summary>
/// The Mem0 <c>/v2/</c> endpoints, one method per endpoint, with request and response types that match the wire.
/// </summary>
/// <remarks>Split by area over several files (<c>IMem0V2Api.*.cs</c>).</remarks>
public partial interface IMem0V2Api;

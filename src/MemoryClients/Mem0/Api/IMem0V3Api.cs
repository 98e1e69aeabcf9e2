namespace MemoryClients.Mem0.Api;

/// <summary>
/// The Mem0 <c>/v3/</c> endpoints, one method per endpoint, with request and response types that match the wire.
/// </summary>
/// <remarks>Split by area over several files (<c>IMem0V3Api.*.cs</c>).</remarks>
public partial interface IMem0V3Api;

namespace MemoryClients;

/// <summary>
/// Marks a raw API method sent as <c>POST</c> whose request can be repeated without changing the outcome (a search, a list,
/// a read, a delete, a setting), so a failed try is retried on any transient failure. Requests sent with <c>GET</c>,
/// <c>PUT</c>, <c>PATCH</c> or <c>DELETE</c> are idempotent without it; any other <c>POST</c> is retried only when the
/// service provably did nothing (no connection, 429, 503).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class IdempotentAttribute : Attribute;

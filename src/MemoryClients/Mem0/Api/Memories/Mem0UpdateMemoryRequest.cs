namespace MemoryClients.Mem0.Api;

/// <summary>The body of <c>PUT /v1/memories/{memory_id}/</c>: the changes of <see cref="Mem0.Mem0UpdateOptions"/>; only what is set is sent.</summary>
public sealed record Mem0UpdateMemoryRequest : Mem0.Mem0UpdateOptions
{
    /// <summary>Creates an empty body; set what to change.</summary>
    public Mem0UpdateMemoryRequest() { }

    /// <summary>The body of an update with <paramref name="options"/>: every change is copied, so it is sent exactly as set.</summary>
    /// <param name="options">The changes to send.</param>
    public Mem0UpdateMemoryRequest(Mem0.Mem0UpdateOptions options) : base(options) { }
}

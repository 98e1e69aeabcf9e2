namespace MemoryClients.Mem0.Api;

/// <summary>A plain confirmation the service sends after a change: <c>{"message": "..."}</c>.</summary>
public sealed record Mem0ConfirmationResponse : ApiModel
{
    /// <summary>The service's message, for example <c>Project updated successfully</c>.</summary>
    public string? Message { get; init; }
}

namespace MemoryClients.Mem0.Api;

/// <summary>The body of <c>POST /api/v1/webhooks/projects/{project_id}/</c>.</summary>
public sealed record Mem0CreateWebhookRequest
{
    /// <summary>The webhook's name.</summary>
    public required string Name { get; init; }

    /// <summary>The address Mem0 posts events to.</summary>
    public required string Url { get; init; }

    /// <summary>The events to receive (see <see cref="Mem0WebhookEventType"/>); required, the service has no usable default.</summary>
    public required IReadOnlyList<Mem0WebhookEventType> EventTypes { get; init; }

    /// <summary>Whether the webhook starts active; null lets the service decide.</summary>
    public bool? IsActive { get; init; }

    /// <summary>The project id repeated in the body; optional, the path already names it.</summary>
    public string? ProjectId { get; init; }
}

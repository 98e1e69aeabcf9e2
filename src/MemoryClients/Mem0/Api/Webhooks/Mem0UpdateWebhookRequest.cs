namespace MemoryClients.Mem0.Api;

/// <summary>The body of <c>PUT /api/v1/webhooks/{webhook_id}/</c>: only the properties you set are sent.</summary>
public sealed record Mem0UpdateWebhookRequest
{
    /// <summary>A new name.</summary>
    public string? Name { get; init; }

    /// <summary>A new address.</summary>
    public string? Url { get; init; }

    /// <summary>A new list of events (see <see cref="Mem0WebhookEventType"/>); replaces the current one.</summary>
    public IReadOnlyList<Mem0WebhookEventType>? EventTypes { get; init; }
}

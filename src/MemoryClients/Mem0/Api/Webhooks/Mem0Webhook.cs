using System.Text.Json.Serialization;

namespace MemoryClients.Mem0.Api;

/// <summary>A webhook: an address Mem0 posts to when memories change.</summary>
public sealed record Mem0Webhook : ApiModel
{
    /// <summary>The webhook id (numeric on some projects; read as text either way).</summary>
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? WebhookId { get; init; }

    /// <summary>The webhook's name.</summary>
    public string? Name { get; init; }

    /// <summary>The address the events are posted to.</summary>
    public string? Url { get; init; }

    /// <summary>The events the webhook receives (see <see cref="Mem0WebhookEventType"/>).</summary>
    public IReadOnlyList<Mem0WebhookEventType>? EventTypes { get; init; }

    /// <summary>The user name of the webhook's owner.</summary>
    public string? Owner { get; init; }

    /// <summary>Whether the webhook is active.</summary>
    public bool? IsActive { get; init; }

    /// <summary>The name of the project the webhook belongs to.</summary>
    public string? Project { get; init; }

    /// <summary>When the webhook was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When the webhook was last updated.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }
}

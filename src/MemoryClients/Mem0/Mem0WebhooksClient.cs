using MemoryClients.Mem0.Api;
using MemoryClients.Validation;

namespace MemoryClients.Mem0;

/// <summary>
/// Webhooks that Mem0 calls when memories change. Calls without a project id use the key's project, learned once from
/// <c>GET /v1/ping/</c>. Reach it through <see cref="Mem0Client.Webhooks"/>.
/// </summary>
public class Mem0WebhooksClient
{
    private readonly IMem0V1Api _v1;
    private readonly Mem0Identity _identity;

    /// <summary>For mocking frameworks only.</summary>
    protected Mem0WebhooksClient()
    {
        _v1 = null!;
        _identity = null!;
    }

    internal Mem0WebhooksClient(IMem0V1Api v1, Mem0Identity identity)
    {
        _v1 = v1;
        _identity = identity;
    }

    /// <summary>Lists a project's webhooks.</summary>
    /// <param name="projectId">The project; null for the API key's own project.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentException"><paramref name="projectId"/> is empty or whitespace.</exception>
    public virtual async Task<IReadOnlyList<Mem0Webhook>> ListAsync(string? projectId = null, CancellationToken cancellationToken = default)
    {
        if (projectId is not null)
            PathSegment.Require(projectId, nameof(projectId));
        var project = projectId ?? (await _identity.ResolveAsync(cancellationToken).ConfigureAwait(false)).ProjectId;
        return await _v1.GetWebhooksAsync(project, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Creates a webhook and returns it.</summary>
    /// <param name="name">The webhook's name.</param>
    /// <param name="url">The absolute http(s) address Mem0 posts events to.</param>
    /// <param name="eventTypes">The events to receive, at least one.</param>
    /// <param name="projectId">The project; null for the API key's own project.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentException">A value is empty, <paramref name="url"/> is not an absolute http(s) address or <paramref name="eventTypes"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="eventTypes"/> is null.</exception>
    public virtual async Task<Mem0Webhook> CreateAsync(string name, string url, IEnumerable<Mem0WebhookEventType> eventTypes, string? projectId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Mem0PlatformGuard.HttpUrl(url, nameof(url));
        var events = Mem0PlatformGuard.NonEmptyList(eventTypes, nameof(eventTypes), "event type");
        if (projectId is not null)
            PathSegment.Require(projectId, nameof(projectId));
        var project = projectId ?? (await _identity.ResolveAsync(cancellationToken).ConfigureAwait(false)).ProjectId;
        var request = new Mem0CreateWebhookRequest { Name = name, Url = url, EventTypes = events };
        return await _v1.CreateWebhookAsync(project, request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Changes a webhook's name, address and/or event types; what you leave null stays as it is.</summary>
    /// <param name="webhookId">The webhook id.</param>
    /// <param name="name">A new name.</param>
    /// <param name="url">A new absolute http(s) address.</param>
    /// <param name="eventTypes">A new, non-empty list of events; replaces the current one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentException"><paramref name="webhookId"/> is empty, nothing is to change, or a given value is empty or malformed.</exception>
    public virtual Task<Mem0ConfirmationResponse> UpdateAsync(string webhookId, string? name = null, string? url = null, IEnumerable<Mem0WebhookEventType>? eventTypes = null, CancellationToken cancellationToken = default)
    {
        PathSegment.Require(webhookId, nameof(webhookId));
        if (name is null && url is null && eventTypes is null)
            throw new ArgumentException("Give at least one of name, url or eventTypes to update.", nameof(name));
        if (name is not null)
            ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (url is not null)
            Mem0PlatformGuard.HttpUrl(url, nameof(url));
        var events = eventTypes is null ? null : Mem0PlatformGuard.NonEmptyList(eventTypes, nameof(eventTypes), "event type");
        return _v1.UpdateWebhookAsync(webhookId, new Mem0UpdateWebhookRequest { Name = name, Url = url, EventTypes = events }, cancellationToken);
    }

    /// <summary>Deletes a webhook.</summary>
    /// <param name="webhookId">The webhook id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentException"><paramref name="webhookId"/> is empty.</exception>
    public virtual Task<Mem0ConfirmationResponse> DeleteAsync(string webhookId, CancellationToken cancellationToken = default)
    {
        PathSegment.Require(webhookId, nameof(webhookId));
        return Errors.EarlierDelete.Succeeded(_v1.DeleteWebhookAsync(webhookId, cancellationToken), static () => new());
    }
}

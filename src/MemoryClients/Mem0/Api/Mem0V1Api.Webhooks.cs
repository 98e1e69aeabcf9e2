using MemoryClients.Http;

namespace MemoryClients.Mem0.Api;

internal sealed partial class Mem0V1Api
{
    internal const string ProjectWebhooksRoute = "api/v1/webhooks/projects/{0}/";

    public Task<IReadOnlyList<Mem0Webhook>> GetWebhooksAsync(string projectId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(projectId);
        return _transport.SendAsync(
            new ApiRequest(HttpMethod.Get, ApiRoute.Expand(ProjectWebhooksRoute, projectId)),
            Mem0JsonContext.Default.IReadOnlyListMem0Webhook, cancellationToken);
    }

    public Task<Mem0Webhook> CreateWebhookAsync(string projectId, Mem0WebhookCreateRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(projectId);
        ArgumentNullException.ThrowIfNull(request);
        return _transport.SendAsync(
            new ApiRequest(HttpMethod.Post, ApiRoute.Expand(ProjectWebhooksRoute, projectId)).Json(request, Mem0JsonContext.Default.Mem0WebhookCreateRequest),
            Mem0JsonContext.Default.Mem0Webhook, cancellationToken);
    }

    internal const string WebhookRoute = "api/v1/webhooks/{0}/";

    public Task<Mem0ConfirmationResponse> UpdateWebhookAsync(string webhookId, Mem0WebhookUpdateRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(webhookId);
        ArgumentNullException.ThrowIfNull(request);
        return _transport.SendAsync(
            new ApiRequest(HttpMethod.Put, ApiRoute.Expand(WebhookRoute, webhookId)).Json(request, Mem0JsonContext.Default.Mem0WebhookUpdateRequest),
            Mem0JsonContext.Default.Mem0ConfirmationResponse, cancellationToken);
    }

    public Task<Mem0ConfirmationResponse> DeleteWebhookAsync(string webhookId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(webhookId);
        return _transport.SendAsync(
            new ApiRequest(HttpMethod.Delete, ApiRoute.Expand(WebhookRoute, webhookId)),
            Mem0JsonContext.Default.Mem0ConfirmationResponse, cancellationToken);
    }
}

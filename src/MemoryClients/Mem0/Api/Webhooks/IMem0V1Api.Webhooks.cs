using Refit;
namespace MemoryClients.Mem0.Api;

public partial interface IMem0V1Api
{
    /// <summary><c>GET /api/v1/webhooks/projects/{project_id}/</c>: lists a project's webhooks.</summary>
    /// <param name="projectId">The project id (from <c>GET /v1/ping/</c>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("api/v1/webhooks/projects/{project_id}/")]
    Task<IReadOnlyList<Mem0Webhook>> GetWebhooksAsync([AliasAs("project_id")] string projectId, CancellationToken cancellationToken = default);

    /// <summary><c>POST /api/v1/webhooks/projects/{project_id}/</c>: creates a webhook (201) and returns it.</summary>
    /// <param name="projectId">The project id.</param>
    /// <param name="request">Name, address and event types.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Post("api/v1/webhooks/projects/{project_id}/")]
    Task<Mem0Webhook> CreateWebhookAsync([AliasAs("project_id")] string projectId, [Body] Mem0CreateWebhookRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>PUT /api/v1/webhooks/{webhook_id}/</c>: changes a webhook's name, address or event types.</summary>
    /// <param name="webhookId">The webhook id.</param>
    /// <param name="request">The properties to change.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Put("api/v1/webhooks/{webhook_id}/")]
    Task<Mem0ConfirmationResponse> UpdateWebhookAsync([AliasAs("webhook_id")] string webhookId, [Body] Mem0UpdateWebhookRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /api/v1/webhooks/{webhook_id}/</c>: deletes a webhook.</summary>
    /// <param name="webhookId">The webhook id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Delete("api/v1/webhooks/{webhook_id}/")]
    Task<Mem0ConfirmationResponse> DeleteWebhookAsync([AliasAs("webhook_id")] string webhookId, CancellationToken cancellationToken = default);
}

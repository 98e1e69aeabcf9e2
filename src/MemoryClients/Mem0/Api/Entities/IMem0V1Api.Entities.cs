using Refit;
namespace MemoryClients.Mem0.Api;

public partial interface IMem0V1Api
{
    /// <summary><c>GET /v1/entities/</c>: lists one page of the project's users, agents, apps and runs, with totals per type.</summary>
    /// <param name="page">The 1-based page number; null lets the service choose (page 1).</param>
    /// <param name="pageSize">Entities per page; null lets the service choose.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("v1/entities/")]
    Task<Mem0ListEntitiesResponse> ListEntitiesAsync([Query] int? page = null, [Query, AliasAs("page_size")] int? pageSize = null, CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /v1/entities/{entity_type}/{entity_id}/</c>: deletes an entity, and its memories, by its numeric id.</summary>
    /// <param name="entityType">The entity type (the text of a <see cref="Mem0EntityType"/>).</param>
    /// <param name="entityId">The numeric id from <see cref="Mem0Entity.Id"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Obsolete("DELETE /v1/entities/{entity_type}/{entity_id}/ is deprecated. Use IMem0V2Api.DeleteEntityAsync (DELETE /v2/entities/{entity_type}/{entity_name}/), which takes the entity's name, instead.")]
    [Delete("v1/entities/{entity_type}/{entity_id}/")]
    Task<Mem0DeleteEntityResponse> DeleteEntityAsync([AliasAs("entity_type")] string entityType, [AliasAs("entity_id")] long entityId, CancellationToken cancellationToken = default);
}

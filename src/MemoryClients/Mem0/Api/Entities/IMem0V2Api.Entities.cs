using Refit;
namespace MemoryClients.Mem0.Api;

public partial interface IMem0V2Api
{
    /// <summary><c>GET /v2/entities/{entity_type}/{entity_id}/</c>: returns the details of one entity, as the array the service sends.</summary>
    /// <param name="entityType">The entity type (the text of a <see cref="Mem0EntityType"/>).</param>
    /// <param name="entityId">The entity's name, as memories were added with it.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("v2/entities/{entity_type}/{entity_id}/")]
    Task<IReadOnlyList<Mem0Entity>> GetEntityAsync([AliasAs("entity_type")] string entityType, [AliasAs("entity_id")] string entityId, CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /v2/entities/{entity_type}/{entity_id}/</c>: queues the deletion of an entity and all its memories.</summary>
    /// <param name="entityType">The entity type (the text of a <see cref="Mem0EntityType"/>).</param>
    /// <param name="entityName">The entity's name (the <c>user_id</c>, <c>agent_id</c>, ... it was added with), not its numeric id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Delete("v2/entities/{entity_type}/{entity_name}/")]
    Task<Mem0DeleteEntityResponse> DeleteEntityAsync([AliasAs("entity_type")] string entityType, [AliasAs("entity_name")] string entityName, CancellationToken cancellationToken = default);
}

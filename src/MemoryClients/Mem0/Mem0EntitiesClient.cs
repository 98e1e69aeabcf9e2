using MemoryClients.Http;
using MemoryClients.Mem0.Api;
using MemoryClients.Paging;

namespace MemoryClients.Mem0;

/// <summary>The users, agents, apps and runs of a Mem0 project: list, read and delete them. Reach it through <see cref="Mem0Client.Entities"/>.</summary>
public class Mem0EntitiesClient
{
    private readonly IMem0V1Api _v1;
    private readonly IMem0V2Api _v2;

    /// <summary>For mocking frameworks only.</summary>
    protected Mem0EntitiesClient()
    {
        _v1 = null!;
        _v2 = null!;
    }

    internal Mem0EntitiesClient(IMem0V1Api v1, IMem0V2Api v2)
    {
        _v1 = v1;
        _v2 = v2;
    }

    /// <summary>Walks every entity of the project lazily, one page at a time (<c>GET /v1/entities/</c>).</summary>
    /// <param name="pageSize">Entities per request, 1 to 200; null lets the service choose.</param>
    /// <param name="cancellationToken">Cancels every page request.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pageSize"/> is outside 1..200.</exception>
    public virtual AsyncPageable<Mem0Entity> ListAsync(int? pageSize = null, CancellationToken cancellationToken = default)
    {
        Mem0RequestBuilder.PageSize(pageSize, nameof(pageSize));
        return AsyncPageable.Create((token, ct) => SendPageAsync(token, pageSize, ct), cancellationToken);
    }

    /// <summary>Fetches one page of entities.</summary>
    /// <param name="continuationToken">The previous page's <see cref="Page{T}.ContinuationToken"/>; null for the first page.</param>
    /// <param name="pageSize">Entities per page, 1 to 200; null lets the service choose.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pageSize"/> is outside 1..200.</exception>
    /// <exception cref="ArgumentException"><paramref name="continuationToken"/> did not come from this listing.</exception>
    public virtual Task<Page<Mem0Entity>> ListPageAsync(string? continuationToken = null, int? pageSize = null, CancellationToken cancellationToken = default)
    {
        Mem0RequestBuilder.PageSize(pageSize, nameof(pageSize));
        return SendPageAsync(continuationToken, pageSize, cancellationToken);
    }

    private async Task<Page<Mem0Entity>> SendPageAsync(string? continuationToken, int? pageSize, CancellationToken cancellationToken)
    {
        var (page, size) = Mem0PageToken.Read(continuationToken, pageSize, nameof(continuationToken));
        var response = await _v1.ListEntitiesAsync(page, size, cancellationToken).ConfigureAwait(false);
        return new Page<Mem0Entity>(response.Results, Mem0PageToken.Next(response.Next, page, size), response.Count);
    }

    /// <summary>Returns the details of one entity (<c>GET /v2/entities/{type}/{id}/</c>), as the list the service sends.</summary>
    /// <param name="type">The entity type.</param>
    /// <param name="entityId">The entity's id, the name memories were added with (for example the <c>user_id</c>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentException"><paramref name="type"/> is <c>default</c> or <paramref name="entityId"/> is empty.</exception>
    public virtual Task<IReadOnlyList<Mem0Entity>> GetAsync(Mem0EntityType type, string entityId, CancellationToken cancellationToken = default)
    {
        var wireType = Mem0PlatformGuard.NotBlank(type, nameof(type)).ToString();
        PathSegment.Require(entityId, nameof(entityId));
        return _v2.GetEntityAsync(wireType, entityId, cancellationToken);
    }

    /// <summary>Queues the deletion of one entity and all its memories (<c>DELETE /v2/entities/{type}/{name}/</c>).</summary>
    /// <param name="type">The entity type.</param>
    /// <param name="name">The entity's name (for example the <c>user_id</c>), not its numeric id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The service's message and the id of the event that tracks the deletion.</returns>
    /// <exception cref="ArgumentException"><paramref name="type"/> is <c>default</c> or <paramref name="name"/> is empty.</exception>
    public virtual Task<Mem0DeleteEntityResponse> DeleteAsync(Mem0EntityType type, string name, CancellationToken cancellationToken = default)
    {
        var wireType = Mem0PlatformGuard.NotBlank(type, nameof(type)).ToString();
        PathSegment.Require(name, nameof(name));
        return Errors.EarlierDelete.Succeeded(_v2.DeleteEntityAsync(wireType, name, cancellationToken), static () => new());
    }

    /// <summary>
    /// Deletes EVERY entity of the project, and with them every memory: lists all pages first, then deletes each entity by
    /// type and name. There is no undo.
    /// </summary>
    /// <param name="confirmation">Must be <see cref="Mem0DeleteEverything.Confirmed"/>.</param>
    /// <param name="cancellationToken">Cancels the walk; deletions already sent stay queued on the service.</param>
    /// <returns>The entities whose deletion was queued, in list order; empty when the project had none.</returns>
    /// <remarks>
    /// The first failed delete stops the walk and its typed exception surfaces unchanged; the entities before it are already queued.
    /// Entities the service lists without a type or name cannot be addressed and are left alone.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="confirmation"/> is null.</exception>
    public virtual async Task<IReadOnlyList<Mem0DeletedEntity>> DeleteAllEntitiesAsync(Mem0DeleteEverything confirmation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(confirmation);
        // Collect every page before deleting, so deletions cannot shift later pages and hide entities.
        var entities = new List<Mem0Entity>();
        await foreach (var entity in ListAsync(Mem0RequestBuilder.MaxPageSize, cancellationToken).ConfigureAwait(false))
            entities.Add(entity);

        var deleted = new List<Mem0DeletedEntity>(entities.Count);
        foreach (var entity in entities)
        {
            if (entity.Type is not { } type || string.IsNullOrWhiteSpace(type.ToString()) || string.IsNullOrWhiteSpace(entity.Name))
                continue;
            var response = await _v2.DeleteEntityAsync(type.ToString(), entity.Name, cancellationToken).ConfigureAwait(false);
            deleted.Add(new Mem0DeletedEntity(type, entity.Name, response.EventId));
        }
        return deleted;
    }
}

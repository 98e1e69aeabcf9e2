using MemoryClients.Mem0.Api;

namespace MemoryClients.Mem0;

/// <summary>One entity whose deletion <see cref="Mem0EntitiesClient.DeleteAllEntitiesAsync"/> queued.</summary>
/// <param name="Type">The entity type (<c>user</c>, <c>agent</c>, <c>app</c> or <c>run</c>).</param>
/// <param name="Name">The entity's name.</param>
/// <param name="EventId">The event tracking the background deletion, when the service returned one.</param>
public sealed record Mem0DeletedEntity(Mem0EntityType Type, string Name, string? EventId);

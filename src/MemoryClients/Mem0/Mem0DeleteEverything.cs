namespace MemoryClients.Mem0;

/// <summary>
/// The explicit consent that <see cref="Mem0EntitiesClient.DeleteAllEntitiesAsync"/> requires: pass
/// <see cref="Confirmed"/> to delete every user, agent, app and run of the project, and with them every memory.
/// </summary>
/// <remarks>A separate type rather than a <c>bool</c>, so the call cannot happen by accident or through a default value.</remarks>
public sealed class Mem0DeleteEverything
{
    private Mem0DeleteEverything() { }

    /// <summary>"Yes, delete every entity and every memory of the project." There is no undo.</summary>
    public static Mem0DeleteEverything Confirmed { get; } = new();
}

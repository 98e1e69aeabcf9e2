using System.Text.Json.Nodes;

namespace MemoryClients.Mem0;

/// <summary>What <see cref="Mem0Client.UpdateAsync"/> changes; only the properties you assign are sent, and at least one is required.</summary>
/// <example><c>new Mem0UpdateOptions { ExpirationDate = null }</c> removes the expiration date; leaving it out keeps it.</example>
public sealed class Mem0UpdateOptions
{
    private readonly DateOnly? _expirationDate;

    /// <summary>The new memory text.</summary>
    public string? Text { get; init; }

    /// <summary>The new metadata; sent as written.</summary>
    public JsonObject? Metadata { get; init; }

    /// <summary>The time to record for the memory; sent as Unix seconds.</summary>
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>The new expiration date; assigning <c>null</c> explicitly removes it (sent as JSON null), not assigning it keeps it.</summary>
    public DateOnly? ExpirationDate
    {
        get => _expirationDate;
        init
        {
            _expirationDate = value;
            IsExpirationDateSet = true;
        }
    }

    /// <summary>True when <see cref="ExpirationDate"/> was assigned, even to null.</summary>
    public bool IsExpirationDateSet { get; private init; }
}

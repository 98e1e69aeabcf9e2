using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using MemoryClients.Mem0.Api;
using MemoryClients.Serialization;

namespace MemoryClients.Mem0;

/// <summary>
/// What <see cref="Mem0Client.UpdateAsync"/> changes, which is the body of <c>PUT /v1/memories/{memory_id}/</c>
/// (<see cref="Mem0UpdateMemoryRequest"/>); only what is set is sent, and at least one change is required.
/// </summary>
/// <example><c>new Mem0UpdateOptions { ExpirationDate = Mem0ExpirationUpdate.Clear }</c> removes the expiration date; leaving it out keeps it.</example>
public record Mem0UpdateOptions : MemoryCallOptions
{
    /// <summary>The new memory text.</summary>
    public string? Text { get; init; }

    /// <summary>The new metadata; sent as written (a copy is taken).</summary>
    public JsonObject? Metadata { get; init; }

    /// <summary>The time to record for the memory; sent as Unix seconds.</summary>
    [JsonConverter(typeof(Mem0UnixSecondsConverter))]
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>Leave (the default, not sent), clear (sent as <c>null</c>) or set the expiration date.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Mem0ExpirationUpdate ExpirationDate { get; init; }

    /// <summary>
    /// These options with <see cref="Metadata"/> written from a type of your own, through its source-generated
    /// <paramref name="typeInfo"/> (AOT-safe); read it back with <see cref="Mem0Memory.GetMetadata{T}"/>.
    /// </summary>
    /// <typeparam name="T">Your metadata type; it must be written as a JSON object.</typeparam>
    /// <param name="value">The new metadata.</param>
    /// <param name="typeInfo">How to write <typeparamref name="T"/>, for example <c>AppJsonContext.Default.OrderMetadata</c>.</param>
    /// <returns>A copy of these options with <see cref="Metadata"/> set; every other setting is kept.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> or <paramref name="typeInfo"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not written as a JSON object.</exception>
    public Mem0UpdateOptions WithMetadata<T>(T value, JsonTypeInfo<T> typeInfo) => this with { Metadata = TypedMetadata.Write(value, typeInfo, nameof(value)) };
}

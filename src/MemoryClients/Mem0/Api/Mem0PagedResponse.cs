using System.Text.Json.Serialization;

namespace MemoryClients.Mem0.Api;

/// <summary>Mem0's page envelope: <c>{count, next, previous, results}</c>.</summary>
/// <remarks>Read-only to callers (the JSON reader sets the properties, on its fast path); <see cref="Mem0ModelFactory"/> builds one for tests.</remarks>
/// <typeparam name="T">The item type.</typeparam>
public sealed record Mem0PagedResponse<T> : ApiModel
{
    /// <summary>The number of items across all pages.</summary>
    [JsonInclude]
    public int? Count { get; internal set; }

    /// <summary>The absolute address of the next page, or null on the last page.</summary>
    [JsonInclude]
    public string? Next { get; internal set; }

    /// <summary>The absolute address of the previous page, or null on the first page.</summary>
    [JsonInclude]
    public string? Previous { get; internal set; }

    /// <summary>The items on this page.</summary>
    [JsonRequired]
    [JsonInclude]
    public IReadOnlyList<T> Results { get; internal set; } = [];
}

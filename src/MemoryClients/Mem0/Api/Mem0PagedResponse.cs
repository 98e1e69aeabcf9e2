using System.Text.Json.Serialization;
namespace MemoryClients.Mem0.Api;

/// <summary>Mem0's page envelope: <c>{count, next, previous, results}</c>.</summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed record Mem0PagedResponse<T> : ApiModel
{
    /// <summary>The number of items across all pages.</summary>
    public int? Count { get; init; }

    /// <summary>The absolute address of the next page, or null on the last page.</summary>
    public string? Next { get; init; }

    /// <summary>The absolute address of the previous page, or null on the first page.</summary>
    public string? Previous { get; init; }

    /// <summary>The items on this page.</summary>
    [JsonRequired]
    public IReadOnlyList<T> Results { get; init; } = [];
}

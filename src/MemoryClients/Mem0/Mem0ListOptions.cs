using System.Text.Json.Nodes;

namespace MemoryClients.Mem0;

/// <summary>Optional settings of <see cref="Mem0Client.ListAsync(MemoryScope, Mem0ListOptions?, CancellationToken)"/>; anything left null is not sent.</summary>
/// <remarks>Entity ids are not options: they come from the scope or the filters, as the service requires for listing.</remarks>
public sealed class Mem0ListOptions
{
    /// <summary>Memories per page, 1 to 200 (service default 100).</summary>
    public int? PageSize { get; init; }

    /// <summary>Whether to include expired memories (service default false).</summary>
    public bool? ShowExpired { get; init; }

    /// <summary>Only memories created on or after this day.</summary>
    public DateOnly? StartDate { get; init; }

    /// <summary>Only memories created on or before this day.</summary>
    public DateOnly? EndDate { get; init; }

    /// <summary>Only memories in any of these categories.</summary>
    public IReadOnlyList<string>? Categories { get; init; }

    /// <summary>The fields to return per memory (all when null).</summary>
    public IReadOnlyList<string>? Fields { get; init; }

    /// <summary>A free-text keyword filter applied on top of the scope or filters.</summary>
    public string? Keywords { get; init; }

    /// <summary>Whether to leave out memories that were superseded.</summary>
    public bool? LatestOnly { get; init; }

    /// <summary>Top-level body fields this SDK does not model, sent verbatim; modelled fields and entity ids are refused.</summary>
    public JsonObject? AdditionalBodyProperties { get; init; }
}

namespace MemoryClients.Mem0.Api;

/// <summary>A profile generation job and its progress.</summary>
public sealed record Mem0ProfileJob : ApiModel
{
    /// <summary>The job id.</summary>
    public string? Id { get; init; }

    /// <summary>What the job generates.</summary>
    public Mem0ProfileOperation? Operation { get; init; }

    /// <summary>The entity type.</summary>
    public Mem0EntityType? EntityType { get; init; }

    /// <summary>The job's status.</summary>
    public string? Status { get; init; }

    /// <summary>How many entities the job covers.</summary>
    public int? Total { get; init; }

    /// <summary>Whether the job has found every entity it will cover.</summary>
    public bool? EnumerationComplete { get; init; }

    /// <summary>How many entities are done.</summary>
    public int? Completed { get; init; }

    /// <summary>How many profiles were generated.</summary>
    public int? Succeeded { get; init; }

    /// <summary>How many profiles failed.</summary>
    public int? Failed { get; init; }

    /// <summary>How many entities were skipped.</summary>
    public int? Skipped { get; init; }
}

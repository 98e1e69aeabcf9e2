using System.Text.Json.Nodes;

namespace MemoryClients.MemMachine.Api;

/// <summary>An episode found by search (<c>EpisodeResponse</c> on the wire).</summary>
public sealed record MemMachineSearchEpisode : ApiModel
{
    /// <summary>The episode id.</summary>
    public string Uid { get; init; } = "";

    /// <summary>The text of the episode.</summary>
    public string Content { get; init; } = "";

    /// <summary>Who produced the episode.</summary>
    public string ProducerId { get; init; } = "";

    /// <summary>The producer's role, such as <c>user</c> or <c>assistant</c>.</summary>
    public MemMachineMessageRole ProducerRole { get; init; }

    /// <summary>Who the episode was meant for, when known.</summary>
    public string? ProducedForId { get; init; }

    /// <summary>The episode type, when sent.</summary>
    public MemMachineEpisodeType? EpisodeType { get; init; }

    /// <summary>The metadata stored with the episode, when sent.</summary>
    public JsonObject? Metadata { get; init; }

    /// <summary>When the episode was written, when sent.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>The relevance score, when the ranking produced one.</summary>
    public double? Score { get; init; }
}

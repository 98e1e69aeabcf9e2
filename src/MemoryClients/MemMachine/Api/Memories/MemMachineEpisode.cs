using System.Text.Json.Nodes;

namespace MemoryClients.MemMachine.Api;

/// <summary>A stored episode, as listed by <c>POST /memories/list</c>.</summary>
public sealed record MemMachineEpisode : ApiModel
{
    /// <summary>The episode id, usable with episodic delete.</summary>
    public string Uid { get; init; } = "";

    /// <summary>The text of the episode.</summary>
    public string Content { get; init; } = "";

    /// <summary>The session the episode belongs to (<c>org/project</c> on self-hosted servers).</summary>
    public string SessionKey { get; init; } = "";

    /// <summary>When the episode was written.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Who produced the episode.</summary>
    public string ProducerId { get; init; } = "";

    /// <summary>The producer's role, such as <c>user</c> or <c>assistant</c>.</summary>
    public MemMachineMessageRole ProducerRole { get; init; }

    /// <summary>Who the episode was meant for, when known.</summary>
    public string? ProducedForId { get; init; }

    /// <summary>The sequence number within the session, when sent.</summary>
    public long? SequenceNum { get; init; }

    /// <summary>The episode type, when sent.</summary>
    public MemMachineEpisodeType? EpisodeType { get; init; }

    /// <summary>The content type, when sent.</summary>
    public MemMachineContentType? ContentType { get; init; }

    /// <summary>Metadata indexed for filtering, when sent.</summary>
    public JsonObject? FilterableMetadata { get; init; }

    /// <summary>The metadata stored with the episode, when sent.</summary>
    public JsonObject? Metadata { get; init; }
}

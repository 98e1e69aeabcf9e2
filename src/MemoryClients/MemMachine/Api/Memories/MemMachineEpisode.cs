using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace MemoryClients.MemMachine.Api;

/// <summary>A stored episode, as listed by <c>POST /memories/list</c>.</summary>
/// <remarks>
/// Read-only to callers (the SDK reads and writes it with a converter of its own, with the same meaning as its attributes);
/// <see cref="MemMachineModelFactory"/> builds one for tests.
/// </remarks>
public sealed record MemMachineEpisode : ApiModel
{
    /// <summary>The episode id, usable with episodic delete.</summary>
    [JsonInclude]
    public string Uid { get; internal set; } = "";

    /// <summary>The text of the episode.</summary>
    [JsonInclude]
    public string Content { get; internal set; } = "";

    /// <summary>The session the episode belongs to (<c>org/project</c> on self-hosted servers).</summary>
    [JsonInclude]
    public string SessionKey { get; internal set; } = "";

    /// <summary>When the episode was written.</summary>
    [JsonInclude]
    public DateTimeOffset CreatedAt { get; internal set; }

    /// <summary>Who produced the episode.</summary>
    [JsonInclude]
    public string ProducerId { get; internal set; } = "";

    /// <summary>The producer's role, such as <c>user</c> or <c>assistant</c>.</summary>
    [JsonInclude]
    public MemMachineMessageRole ProducerRole { get; internal set; }

    /// <summary>Who the episode was meant for, when known.</summary>
    [JsonInclude]
    public string? ProducedForId { get; internal set; }

    /// <summary>The sequence number within the session, when sent.</summary>
    [JsonInclude]
    public long? SequenceNum { get; internal set; }

    /// <summary>The episode type, when sent.</summary>
    [JsonInclude]
    public MemMachineEpisodeType? EpisodeType { get; internal set; }

    /// <summary>The content type, when sent.</summary>
    [JsonInclude]
    public MemMachineContentType? ContentType { get; internal set; }

    /// <summary>Metadata indexed for filtering, when sent.</summary>
    [JsonInclude]
    public JsonObject? FilterableMetadata { get; internal set; }

    /// <summary>The metadata stored with the episode, when sent.</summary>
    [JsonInclude]
    public JsonObject? Metadata { get; internal set; }
}

using System.Text.Json.Nodes;

namespace MemoryClients.MemMachine.Api;

/// <summary>
/// Builds the MemMachine response models whose properties only the SDK sets (they are read-only to callers, so the JSON
/// reader fills them on its fast path), for tests and fakes of code that consumes them.
/// </summary>
public static class MemMachineModelFactory
{
    /// <summary>A stored episode, as a listing returns it.</summary>
    /// <param name="uid">The episode id.</param>
    /// <param name="content">The text of the episode.</param>
    /// <param name="sessionKey">The session the episode belongs to.</param>
    /// <param name="createdAt">When the episode was stored.</param>
    /// <param name="producerId">Who produced the episode.</param>
    /// <param name="producerRole">The producer's role.</param>
    /// <param name="producedForId">Who the episode was produced for.</param>
    /// <param name="sequenceNum">The episode's position in its session.</param>
    /// <param name="episodeType">The kind of episode.</param>
    /// <param name="contentType">The kind of content.</param>
    /// <param name="filterableMetadata">The metadata a listing can filter on.</param>
    /// <param name="metadata">The other metadata.</param>
    /// <returns>The episode.</returns>
    public static MemMachineEpisode MemMachineEpisode(
        string uid = "",
        string content = "",
        string sessionKey = "",
        DateTimeOffset createdAt = default,
        string producerId = "",
        MemMachineMessageRole producerRole = default,
        string? producedForId = null,
        long? sequenceNum = null,
        MemMachineEpisodeType? episodeType = null,
        MemMachineContentType? contentType = null,
        JsonObject? filterableMetadata = null,
        JsonObject? metadata = null) => new()
    {
        Uid = uid,
        Content = content,
        SessionKey = sessionKey,
        CreatedAt = createdAt,
        ProducerId = producerId,
        ProducerRole = producerRole,
        ProducedForId = producedForId,
        SequenceNum = sequenceNum,
        EpisodeType = episodeType,
        ContentType = contentType,
        FilterableMetadata = filterableMetadata,
        Metadata = metadata,
    };
}

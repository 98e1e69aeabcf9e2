using MemoryClients.Diagnostics;

namespace MemoryClients.Extensions.AI.Diagnostics;

/// <summary>
/// The names of the spans, instruments and tags of chat memory (recall before a call, store after it). They live under the
/// SDK's <see cref="MemoryDiagnostics.ActivitySourceName"/> source and <see cref="MemoryDiagnostics.MeterName"/> meter, so
/// <c>AddSource("MemoryClients")</c> and <c>AddMeter("MemoryClients")</c> collect them too; nothing leaves the process.
/// </summary>
public static class ChatMemoryDiagnostics
{
    /// <summary>The span around one recall: a search of the scope's memories with the latest user message.</summary>
    public const string RecallActivityName = "memory.chat.recall";

    /// <summary>The span around one store of a chat exchange (in the background when so configured).</summary>
    public const string StoreActivityName = "memory.chat.store";

    /// <summary>Histogram of recall durations in seconds, tagged with provider, integration and status.</summary>
    public const string RecallDurationInstrument = "memoryclients.chat.recall.duration";

    /// <summary>Histogram of store durations in seconds, tagged with provider, integration, status and background.</summary>
    public const string StoreDurationInstrument = "memoryclients.chat.store.duration";

    /// <summary>Counter of memories recalled into model requests, tagged with provider and integration.</summary>
    public const string RecalledMemoriesInstrument = "memoryclients.chat.recalled_memories";

    /// <summary>The tag naming the integration: <c>chat_client</c> (<see cref="MemoryChatClient"/>) or <c>agent</c> (<see cref="MemoryContextProvider"/>).</summary>
    public const string IntegrationTag = "memory.integration";

    /// <summary>The span tag holding how many memories a recall returned.</summary>
    public const string RecalledCountTag = "memory.recalled_count";

    /// <summary>The span tag holding how many messages a store sent.</summary>
    public const string StoredCountTag = "memory.stored_count";

    /// <summary>The tag saying whether a store ran in the background.</summary>
    public const string BackgroundTag = "memory.background";
}

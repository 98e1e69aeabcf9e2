using MemoryClients.Emulator.Faults;
using Microsoft.Extensions.AI;

namespace MemoryClients.Emulator;

/// <summary>Settings for an emulator instance; every property has a sensible default.</summary>
public sealed class MemoryEmulatorOptions
{
    /// <summary>The largest <see cref="RequestLogMaxBodyBytes"/> accepted: 16 MiB.</summary>
    public const int RequestLogBodyBytesLimit = 16 * 1024 * 1024;

    /// <summary>The TCP port on 127.0.0.1; 0 (the default) picks a free port.</summary>
    public int Port { get; init; }

    /// <summary>A SQLite file that keeps data between runs; null (the default) keeps everything in memory.</summary>
    public string? DataFile { get; init; }

    /// <summary>The only Mem0 API key accepted; null accepts any non-empty <c>Authorization: Token</c> key.</summary>
    public string? Mem0ApiKey { get; init; }

    /// <summary>The only MemMachine API key accepted as a Bearer token; null turns MemMachine authentication off.</summary>
    public string? MemMachineApiKey { get; init; }

    /// <summary>The Mem0 organisation id reported by ping and used in project routes.</summary>
    public string Mem0OrgId { get; init; } = "org_emulator";

    /// <summary>The Mem0 project id reported by ping and used in project and webhook routes.</summary>
    public string Mem0ProjectId { get; init; } = "proj_emulator";

    /// <summary>The e-mail address Mem0 ping reports for the key's owner.</summary>
    public string Mem0UserEmail { get; init; } = "developer@emulator.local";

    /// <summary>The organisation id MemMachine reports in project responses and session keys.</summary>
    public string MemMachineOrgId { get; init; } = "emulator";

    /// <summary>How many polls of a Mem0 event report it PENDING before it reports SUCCEEDED (default 0).</summary>
    public int Mem0EventPendingPolls { get; init; }

    /// <summary>How many Mem0 export gets answer 404 before the export is ready (default 0: ready at once).</summary>
    public int Mem0ExportPendingPolls { get; init; }

    /// <summary>Faults injected from the start; more can be added later through <see cref="MemoryEmulator.Faults"/>.</summary>
    public IReadOnlyList<FaultRule> Faults { get; init; } = [];

    /// <summary>Where to write a one-line summary of each finished request (<c>--log-requests</c> writes to standard output); null writes none.</summary>
    public TextWriter? RequestEcho { get; init; }

    /// <summary>
    /// Ranks search results by meaning: the cosine similarity of the query's and each memory's embeddings (each text is
    /// embedded once and cached). Null (the default) ranks by words (BM25 plus query coverage), which is deterministic.
    /// <c>MiniLmEmbeddingGenerator</c> in the MemoryClients.Emulator.Embeddings package is a ready local one.
    /// </summary>
    public IEmbeddingGenerator<string, Embedding<float>>? EmbeddingGenerator { get; init; }

    /// <summary>
    /// Extracts facts for Mem0 <c>infer</c> adds and MemMachine semantic memory, as the services use an LLM: the client
    /// is asked for a small JSON list of facts, and a failing call or an answer that is not that list falls back to the
    /// built-in rules. Null (the default) uses the built-in rules only (statements kept; questions and small talk dropped).
    /// </summary>
    public IChatClient? InferenceChatClient { get; init; }

    /// <summary>
    /// Host names served besides <c>localhost</c>, <c>127.0.0.1</c> and <c>[::1]</c>, which always are: a request whose
    /// <c>Host</c> header, or whose <c>Origin</c> header when it has one, names another host is refused with 403 before any
    /// route runs (a web page reaching the emulator through a rebound DNS name or across sites). Names only, without scheme
    /// or port (any port is accepted); <c>*</c> serves every host. Default: none.
    /// </summary>
    public IReadOnlyList<string> AllowedHosts { get; init; } = [];

    /// <summary>How many requests the request log keeps; older entries are dropped first (default 1,000).</summary>
    public int RequestLogMaxEntries { get; init; } = 1_000;

    /// <summary>
    /// How many bytes of each request body the request log keeps, at most <see cref="RequestLogBodyBytesLimit"/>; longer
    /// bodies are cut and marked <see cref="Logging.RequestLogEntry.BodyTruncated"/> (default 64 KiB). Routes always see the whole body.
    /// </summary>
    public int RequestLogMaxBodyBytes { get; init; } = 64 * 1024;

    /// <summary>The clock used for timestamps and expiry; tests may pass a fake one.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}

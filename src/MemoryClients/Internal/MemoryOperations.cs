using MemoryClients.Diagnostics;
using MemoryClients.Http;
using MemoryClients.Paging;
using Microsoft.Extensions.Logging;

namespace MemoryClients;

/// <summary>
/// The one implementation behind <see cref="AsyncMemoryClient"/> and <see cref="MemoryClient"/>, which are thin views of it:
/// each operation checks its arguments (before any I/O), logs memory text when the app opted in, and hands the call to the
/// provider's <see cref="MemoryBackend"/>. The synchronous client runs the same operations on the blocking path.
/// </summary>
internal sealed class MemoryOperations(MemoryBackend backend, ContentLog contentLog, bool ownsBackend) : IDisposable
{
    internal const int MaxPageSize = 200;

    /// <summary>Checks <paramref name="options"/>, builds the provider's transport and backend, and the operations over them.</summary>
    /// <exception cref="ArgumentException">The options break a rule; the message says what to set.</exception>
    public static MemoryOperations Create(MemoryClientOptions options, HttpClient? httpClient, ILoggerFactory? loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = options.Validate();
        if (errors.Count > 0)
            throw new ArgumentException("Invalid MemoryClientOptions: " + string.Join(" ", errors), nameof(options));
        var provider = options.ToProviderOptions();
        provider.LoggerFactory = loggerFactory ?? provider.LoggerFactory;
        return Over(provider.CreateBackend(ApiTransport.Create(provider, httpClient)), options, provider.LoggerFactory);
    }

    /// <summary>The operations over a backend built elsewhere (dependency injection); they own it.</summary>
    public static MemoryOperations Over(MemoryBackend backend, MemoryClientOptions options, ILoggerFactory? loggerFactory) =>
        new(backend, new ContentLog(options.Provider, loggerFactory?.CreateLogger(MemoryDiagnostics.LoggerCategory), options.LogMemoryContent), ownsBackend: true);

    /// <summary>The same operations, for a second view that must not dispose what the first owns.</summary>
    public MemoryOperations Shared() => new(backend, contentLog, ownsBackend: false);

    public MemoryProvider Provider => backend.Provider;

    public MemoryCapabilities Capabilities => backend.Capabilities;

    public object ProviderClient => backend.Client;

    public Task<MemoryAddResult> AddAsync(IReadOnlyList<MemoryMessage> messages, MemoryScope scope, MemoryAddOptions? options, CancellationToken cancellationToken)
    {
        CheckMessages(messages, nameof(messages));
        MemoryScope.RequireNonEmpty(scope, nameof(scope));
        contentLog.Add(messages);
        return backend.AddAsync(messages, scope, options, cancellationToken);
    }

    public Task<IReadOnlyList<MemoryRecord>> SearchAsync(string query, MemoryScope scope, MemorySearchOptions? options, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        WellFormedText.Require(query, nameof(query));
        MemoryScope.RequireNonEmpty(scope, nameof(scope));
        contentLog.Search(query);
        return backend.SearchAsync(query, scope, options, cancellationToken);
    }

    /// <summary>Every memory of a scope, page by page; bad input fails here, not on enumeration.</summary>
    public AsyncPageable<MemoryRecord> List(MemoryScope scope, MemoryListOptions? options, CancellationToken cancellationToken)
    {
        CheckList(scope, options);
        return AsyncPageable.Create((token, ct) => backend.ListPageAsync(scope, token, options, ct), cancellationToken);
    }

    /// <summary>One page of a scope's memories: the first when <paramref name="continuationToken"/> is null.</summary>
    public Task<Page<MemoryRecord>> ListPageAsync(MemoryScope scope, string? continuationToken, MemoryListOptions? options, CancellationToken cancellationToken)
    {
        CheckList(scope, options);
        return backend.ListPageAsync(scope, continuationToken, options, cancellationToken);
    }

    public Task<MemoryRecord> GetAsync(string memoryId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(memoryId);
        return backend.GetAsync(memoryId, cancellationToken);
    }

    public Task<MemoryRecord> UpdateAsync(string memoryId, MemoryUpdateOptions update, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(memoryId);
        ArgumentNullException.ThrowIfNull(update);
        if (update.Text is null && update.Metadata is null)
            throw new ArgumentException("Set Text or Metadata (or both).", nameof(update));
        return backend.UpdateAsync(memoryId, update, cancellationToken);
    }

    public Task DeleteAsync(string memoryId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(memoryId);
        return backend.DeleteAsync(memoryId, cancellationToken);
    }

    public Task DeleteAsync(MemoryRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.Provider != Provider)
            throw new ArgumentException($"The record came from {record.Provider}, but this client talks to {Provider}.", nameof(record));
        ArgumentException.ThrowIfNullOrWhiteSpace(record.Id, nameof(record));
        return backend.DeleteAsync(record, cancellationToken);
    }

    public Task DeleteAllAsync(MemoryScope scope, CancellationToken cancellationToken)
    {
        MemoryScope.RequireNonEmpty(scope, nameof(scope));
        return backend.DeleteAllAsync(scope, cancellationToken);
    }

    public void Dispose()
    {
        if (ownsBackend)
            backend.Dispose();
    }

    private static void CheckList(MemoryScope scope, MemoryListOptions? options)
    {
        MemoryScope.RequireNonEmpty(scope, nameof(scope));
        if (options?.PageSize is { } size && size is < 1 or > MaxPageSize)
            throw new ArgumentOutOfRangeException("options.PageSize", size, $"page_size must be between 1 and {MaxPageSize}.");
    }

    private static void CheckMessages(IReadOnlyList<MemoryMessage>? messages, string paramName)
    {
        ArgumentNullException.ThrowIfNull(messages, paramName);
        if (messages.Count == 0)
            throw new ArgumentException("At least one message is required.", paramName);
        for (var i = 0; i < messages.Count; i++)
        {
            var message = messages[i] ?? throw new ArgumentException($"messages[{i}] is null.", paramName);
            if (string.IsNullOrWhiteSpace(message.Role) || string.IsNullOrWhiteSpace(message.Content))
                throw new ArgumentException($"messages[{i}] needs a role and non-empty content.", paramName);
            WellFormedText.Require(message.Content, paramName);
            WellFormedText.Require(message.Role, paramName);
        }
    }
}

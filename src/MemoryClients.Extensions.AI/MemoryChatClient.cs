using System.Runtime.CompilerServices;
using MemoryClients.Extensions.AI.Diagnostics;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace MemoryClients.Extensions.AI;

/// <summary>
/// Chat middleware that gives a model long-term memory: before each call it searches the scope's memories with the latest
/// user message and adds what it found to the request; after a successful response it stores the new user and assistant
/// messages. Streaming works the same and stores once the stream has completed. Nothing is stored when the inner client throws.
/// </summary>
/// <remarks>
/// The scope comes from the resolver given at construction, called once per request; a null scope means "no memory for
/// this call". Add it with <see cref="MemoryChatClientBuilderExtensions.UseMemory"/>, before function invocation so one
/// user turn recalls once. Dispose the client (or the pipeline) to wait for background stores.
/// </remarks>
public sealed class MemoryChatClient : DelegatingChatClient, IAsyncDisposable
{
    private readonly ChatMemory _memory;
    private readonly Func<ChatOptions?, MemoryScope?> _scopeResolver;
    private readonly ILogger _logger;
    private int _disposed;

    /// <summary>Creates the middleware over <paramref name="innerClient"/>.</summary>
    /// <param name="innerClient">The client that talks to the model.</param>
    /// <param name="memoryClient">The memory service (Mem0 or MemMachine).</param>
    /// <param name="scopeResolver">Whose memories a request uses, from its options (or from the current user); null skips memory for that request.</param>
    /// <param name="options">Recall and store settings; null takes the defaults.</param>
    /// <param name="logger">Receives recall and store log lines; null logs nothing.</param>
    /// <exception cref="ArgumentException">A setting in <paramref name="options"/> is out of range.</exception>
    public MemoryChatClient(IChatClient innerClient, IMemoryClient memoryClient, Func<ChatOptions?, MemoryScope?> scopeResolver, ChatMemoryOptions? options = null, ILogger? logger = null)
        : base(innerClient)
    {
        ArgumentNullException.ThrowIfNull(memoryClient);
        ArgumentNullException.ThrowIfNull(scopeResolver);
        options ??= new ChatMemoryOptions();
        options.Validate(nameof(options));
        _logger = logger ?? NullLogger.Instance;
        _memory = new ChatMemory(memoryClient, options, _logger, "chat_client");
        _scopeResolver = scopeResolver;
    }

    /// <summary>The settings in use.</summary>
    public ChatMemoryOptions Options => _memory.Options;

    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var turn = await PrepareAsync(messages, options, cancellationToken).ConfigureAwait(false);
        var response = await base.GetResponseAsync(turn.Messages, turn.Options, cancellationToken).ConfigureAwait(false);
        if (turn.Scope is not null)
            await _memory.StoreAsync(turn.Scope, turn.UserMessages, response.Messages, cancellationToken).ConfigureAwait(false);
        return response;
    }

    /// <inheritdoc />
    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var turn = await PrepareAsync(messages, options, cancellationToken).ConfigureAwait(false);
        var updates = new List<ChatResponseUpdate>();
        await foreach (var update in base.GetStreamingResponseAsync(turn.Messages, turn.Options, cancellationToken).ConfigureAwait(false))
        {
            updates.Add(update);
            yield return update;
        }
        // Reached only when the stream completed: an error or an abandoned enumeration stores nothing.
        if (turn.Scope is not null)
            await _memory.StoreAsync(turn.Scope, turn.UserMessages, updates.ToChatResponse().Messages, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Waits for the background stores started so far (see <see cref="ChatMemoryOptions.StoreInBackground"/>).</summary>
    /// <param name="cancellationToken">Stops waiting; the stores go on.</param>
    public Task FlushAsync(CancellationToken cancellationToken = default) => _memory.FlushAsync(cancellationToken);

    /// <summary>Waits for background stores to finish, then disposes the inner client.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
            return;
        await _memory.CloseAsync().ConfigureAwait(false);
        base.Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Waits (blocking) for background stores to finish, then disposes the inner client; prefer <see cref="DisposeAsync"/>.</summary>
    /// <param name="disposing">True when called from <see cref="IDisposable.Dispose"/>.</param>
    protected override void Dispose(bool disposing)
    {
        if (disposing && Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            // Every background store awaits with ConfigureAwait(false), so blocking here cannot deadlock on a context.
            _memory.CloseAsync().GetAwaiter().GetResult();
            base.Dispose(disposing);
        }
    }

    private async Task<Turn> PrepareAsync(IEnumerable<ChatMessage> messages, ChatOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        var list = messages as IList<ChatMessage> ?? [.. messages];
        var scope = _scopeResolver(options);
        if (scope is null)
        {
            ChatMemoryLog.NoScope(_logger, "chat_client");
            return new Turn(list, options, null, []);
        }
        if (scope.IsEmpty)
            throw new InvalidOperationException("The memory scope resolver returned a scope without ids; return null to skip memory for a request.");

        var userMessages = ChatMemory.NewUserMessages(list);
        var query = ChatMemory.LatestUserText(list);
        if (query is null)
            return new Turn(list, options, scope, userMessages);
        var context = _memory.FormatContext(await _memory.RecallAsync(scope, query, cancellationToken).ConfigureAwait(false));
        if (context is null)
            return new Turn(list, options, scope, userMessages);

        if (_memory.Options.Placement == MemoryContextPlacement.Instructions)
        {
            var withInstructions = options?.Clone() ?? new ChatOptions();
            withInstructions.Instructions = string.IsNullOrWhiteSpace(withInstructions.Instructions) ? context : withInstructions.Instructions + "\n\n" + context;
            return new Turn(list, withInstructions, scope, userMessages);
        }
        var withContext = new List<ChatMessage>(list.Count + 1);
        withContext.AddRange(list);
        var leadingSystem = 0;
        while (leadingSystem < list.Count && list[leadingSystem].Role == ChatRole.System)
            leadingSystem++;
        withContext.Insert(leadingSystem, _memory.ContextMessage(context));
        return new Turn(withContext, options, scope, userMessages);
    }

    private sealed record Turn(IList<ChatMessage> Messages, ChatOptions? Options, MemoryScope? Scope, List<ChatMessage> UserMessages);
}

using System.Text.Json;
using Microsoft.Agents.AI;
using Microsoft.Extensions.Logging;

namespace MemoryClients.Extensions.AI;

/// <summary>
/// Long-term memory for an Agent Framework <see cref="AIAgent"/>: before each run it searches the session's memories with
/// the latest user message and adds them to the run's context; after a successful run it stores the user's messages and
/// the agent's answer. The scope is chosen once per session and kept in the session's state, so a serialised session
/// resumes with the same user.
/// </summary>
/// <remarks>Dispose it (asynchronously) to wait for background stores when <see cref="ChatMemoryOptions.StoreInBackground"/> is on.</remarks>
public sealed class MemoryContextProvider : AIContextProvider, IAsyncDisposable
{
    /// <summary>The state-bag key used when <see cref="MemoryContextProviderOptions.StateKey"/> is not set.</summary>
    public const string DefaultStateKey = nameof(MemoryContextProvider);

    private static readonly JsonSerializerOptions StateJson = new() { TypeInfoResolver = ChatMemoryJsonContext.Default };

    private readonly ChatMemory _memory;
    private readonly ProviderSessionState<SessionScope> _state;

    /// <summary>Creates the provider.</summary>
    /// <param name="memoryClient">The memory service (Mem0 or MemMachine).</param>
    /// <param name="scopeInitializer">Whose memories a new session uses (called once per session; the session may be null for a run without one). Must return a scope with at least one id.</param>
    /// <param name="options">Recall, store and state settings; null takes the defaults (memories reach the run as a user-role message).</param>
    /// <param name="loggerFactory">Creates the provider's logger; null logs nothing.</param>
    /// <exception cref="ArgumentException">A setting in <paramref name="options"/> is out of range.</exception>
    public MemoryContextProvider(IMemoryClient memoryClient, Func<AgentSession?, MemoryScope> scopeInitializer, MemoryContextProviderOptions? options = null, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(memoryClient);
        ArgumentNullException.ThrowIfNull(scopeInitializer);
        options ??= new MemoryContextProviderOptions();
        options.Validate(nameof(options));
        if (options.StateKey is { } key && string.IsNullOrWhiteSpace(key))
            throw new ArgumentException("StateKey must not be blank.", nameof(options));
        _memory = new ChatMemory(memoryClient, options, loggerFactory?.CreateLogger<MemoryContextProvider>(), "agent");
        _state = new ProviderSessionState<SessionScope>(
            session =>
            {
                var scope = scopeInitializer(session);
                if (scope is null || scope.IsEmpty)
                    throw new InvalidOperationException("The memory scope initializer must return a scope with at least one id.");
                return SessionScope.From(scope);
            },
            options.StateKey ?? DefaultStateKey,
            StateJson);
        StateKeys = [_state.StateKey];
    }

    /// <inheritdoc />
    public override IReadOnlyList<string> StateKeys { get; }

    /// <summary>The scope a session uses (chosen on first use and kept in the session), for example to delete its memories.</summary>
    /// <param name="session">The agent session.</param>
    public MemoryScope GetScope(AgentSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return _state.GetOrInitializeState(session).ToScope();
    }

    /// <summary>Waits for the background stores started so far.</summary>
    /// <param name="cancellationToken">Stops waiting; the stores go on.</param>
    public Task FlushAsync(CancellationToken cancellationToken = default) => _memory.FlushAsync(cancellationToken);

    /// <summary>Waits for background stores to finish; later stores run before the run returns.</summary>
    public async ValueTask DisposeAsync() => await _memory.CloseAsync().ConfigureAwait(false);

    /// <inheritdoc />
    protected override async ValueTask<AIContext> ProvideAIContextAsync(InvokingContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var scope = _state.GetOrInitializeState(context.Session).ToScope();
        var query = ChatMemory.LatestUserText(context.AIContext.Messages ?? []);
        if (query is null)
            return new AIContext();
        var text = _memory.FormatContext(await _memory.RecallAsync(scope, query, cancellationToken).ConfigureAwait(false));
        if (text is null)
            return new AIContext();
        return _memory.Options.Placement == MemoryContextPlacement.Instructions
            ? new AIContext { Instructions = text }
            : new AIContext { Messages = [_memory.ContextMessage(text)] };
    }

    /// <inheritdoc />
    protected override async ValueTask StoreAIContextAsync(InvokedContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var scope = _state.GetOrInitializeState(context.Session).ToScope();
        await _memory.StoreAsync(scope, context.RequestMessages, context.ResponseMessages ?? [], cancellationToken).ConfigureAwait(false);
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using MemoryClients.Paging;
using MemoryClients.Serialization;

namespace MemoryClients;

/// <summary>
/// What a provider's transport needs to know: which service it is, its auth scheme, and the JSON options its bodies are
/// written and its answers read with (built once, shared by every client of the provider, so each type's metadata is too).
/// </summary>
internal sealed record ProviderProfile(MemoryProvider Provider, string AuthScheme, JsonSerializerOptions Json)
{
    /// <summary>
    /// A profile whose JSON options read and write through <paramref name="context"/>'s source-generated metadata, except
    /// the types of <paramref name="handWritten"/>, which come first (as resolvers: a converter in the options' list would
    /// turn off the generated fast path of every type); required members are enforced.
    /// </summary>
    public static ProviderProfile Create(MemoryProvider provider, string authScheme, JsonSerializerContext context,
        params IJsonTypeInfoResolver[] handWritten) =>
        new(provider, authScheme, RequiredMembers.Enforced(context.Options, JsonTypeInfoResolver.Combine([.. handWritten, context])));

    /// <summary>How <typeparamref name="T"/> is read and written with <see cref="Json"/>.</summary>
    public JsonTypeInfo<T> TypeInfo<T>() => (JsonTypeInfo<T>)Json.GetTypeInfo(typeof(T));
}

/// <summary>
/// One provider behind the unified clients: it maps each unified call to its provider client and the answer back, and
/// says what the provider can do. Arguments arrive checked (<see cref="MemoryOperations"/>); everything that is
/// particular to a provider lives in its backend, in the provider's folder.
/// </summary>
internal abstract class MemoryBackend : IDisposable
{
    /// <summary>The service behind this backend.</summary>
    public abstract MemoryProvider Provider { get; }

    /// <summary>What the provider can do through the unified clients.</summary>
    public abstract MemoryCapabilities Capabilities { get; }

    /// <summary>The provider client, for the unified clients' <c>Mem0</c> and <c>MemMachine</c> properties.</summary>
    public abstract object Client { get; }

    public abstract Task<MemoryAddResult> AddAsync(IReadOnlyList<MemoryMessage> messages, MemoryScope scope, MemoryAddOptions? options, CancellationToken cancellationToken);

    public abstract Task<IReadOnlyList<MemoryRecord>> SearchAsync(string query, MemoryScope scope, MemorySearchOptions? options, CancellationToken cancellationToken);

    public abstract Task<Page<MemoryRecord>> ListPageAsync(MemoryScope scope, string? continuationToken, MemoryListOptions? options, CancellationToken cancellationToken);

    public abstract Task<MemoryRecord> GetAsync(string memoryId, CancellationToken cancellationToken);

    public abstract Task<MemoryRecord> UpdateAsync(string memoryId, MemoryUpdateOptions options, CancellationToken cancellationToken);

    public abstract Task DeleteAsync(string memoryId, CancellationToken cancellationToken);

    public abstract Task DeleteAsync(MemoryRecord record, CancellationToken cancellationToken);

    public abstract Task DeleteAllAsync(MemoryScope scope, CancellationToken cancellationToken);

    public abstract void Dispose();

    /// <summary>The error of an operation the provider cannot do, naming what to use instead.</summary>
    protected NotSupportedException NotSupported(string operation, string instead) =>
        new($"{Provider} cannot {operation} through IMemoryClient. {instead} Check IMemoryClient.Capabilities first.");

    /// <summary>The scope as a filter by the provider's rule (<see cref="MemoryScope.Includes"/>), ANDed with the caller's extra condition.</summary>
    protected Filters.MemoryFilter ScopeFilter(MemoryScope scope, Filters.MemoryFilter? extra)
    {
        var filter = Filters.MemoryFilter.ForScope(scope.ForReads(Provider));
        return extra is null ? filter : filter & extra;
    }

    protected static Page<MemoryRecord> Map<T>(Page<T> page, Func<T, MemoryRecord> map) =>
        new([.. page.Items.Select(map)], page.ContinuationToken, page.TotalCount);
}

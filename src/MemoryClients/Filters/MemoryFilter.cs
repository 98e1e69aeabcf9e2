using System.Text.Json.Nodes;

namespace MemoryClients.Filters;

/// <summary>An immutable, provider-neutral filter over memories, written for Mem0 with <see cref="ToMem0Filter"/>
/// and for MemMachine with <see cref="ToMemMachineFilter"/>.</summary>
/// <example><code>
/// var filter = MemoryFilter.UserId.Is("alice") &amp; MemoryFilter.CreatedAt.Between(from, to);
/// var either = MemoryFilter.UserId.Is("alice") | MemoryFilter.AgentId.In("travel-agent", "sports-agent");
/// </code></example>
public abstract record MemoryFilter
{
    private protected MemoryFilter() { }

    /// <summary>The user id (<c>user_id</c> on Mem0, <c>metadata.user_id</c> on MemMachine).</summary>
    public static StringField UserId { get; } = new("user_id");

    /// <summary>The agent id (<c>agent_id</c> on Mem0, <c>metadata.agent_id</c> on MemMachine).</summary>
    public static StringField AgentId { get; } = new("agent_id");

    /// <summary>The application id (<c>app_id</c> on Mem0, <c>metadata.app_id</c> on MemMachine).</summary>
    public static StringField AppId { get; } = new("app_id");

    /// <summary>The run or session id (<c>run_id</c> on Mem0, <c>metadata.run_id</c> on MemMachine).</summary>
    public static StringField RunId { get; } = new("run_id");

    /// <summary>When the memory was created (<c>created_at</c>, both services).</summary>
    public static DateField CreatedAt { get; } = new("created_at");

    /// <summary>When the memory was last updated (<c>updated_at</c>; Mem0, and MemMachine semantic features).</summary>
    public static DateField UpdatedAt { get; } = new("updated_at");

    /// <summary>The memory's own timestamp (Mem0 <c>timestamp</c>).</summary>
    public static DateField Timestamp { get; } = new("timestamp");

    /// <summary>When the memory expires (Mem0 <c>expiration_date</c>).</summary>
    public static DateField ExpirationDate { get; } = new("expiration_date");

    /// <summary>The memory's categories (Mem0 <c>categories</c>).</summary>
    public static ListField Categories { get; } = new("categories");

    /// <summary>Keyword search over the memory text (Mem0 <c>keywords</c>; Contains is case-sensitive there).</summary>
    public static StringField Keywords { get; } = new("keywords");

    /// <summary>The memory's id, for picking memories by id (Mem0 <c>memory_ids</c>).</summary>
    public static StringField MemoryIds { get; } = new("memory_ids");

    /// <summary>The memory text (Mem0 <c>text</c>).</summary>
    public static StringField Text { get; } = new("text");

    /// <summary>Who produced the episode (MemMachine <c>producer_id</c>).</summary>
    public static StringField ProducerId { get; } = new("producer_id");

    /// <summary>The producer's role, e.g. <c>user</c> or <c>assistant</c> (MemMachine <c>producer_role</c>).</summary>
    public static StringField ProducerRole { get; } = new("producer_role");

    /// <summary>Whom the episode was produced for (MemMachine <c>produced_for_id</c>).</summary>
    public static StringField ProducedForId { get; } = new("produced_for_id");

    /// <summary>The episode's session key, <c>{org}/{project}</c> on a self-hosted server (MemMachine <c>session_key</c>).</summary>
    public static StringField SessionKey { get; } = new("session_key");

    /// <summary>The episode type, e.g. <c>message</c> (MemMachine <c>episode_type</c>).</summary>
    public static StringField EpisodeType { get; } = new("episode_type");

    /// <summary>The episode text (MemMachine <c>content</c>).</summary>
    public static StringField Content { get; } = new("content");

    /// <summary>The episode id (MemMachine <c>uid</c>).</summary>
    public static StringField Uid { get; } = new("uid");

    /// <summary>The episode's position in its session (MemMachine <c>sequence_num</c>, episodic search).</summary>
    public static NumberField SequenceNum { get; } = new("sequence_num");

    /// <summary>The semantic feature's set (MemMachine <c>set_id</c>).</summary>
    public static StringField FeatureSetId { get; } = new("set_id");

    /// <summary>The semantic feature's category (MemMachine <c>category</c>).</summary>
    public static StringField FeatureCategory { get; } = new("category");

    /// <summary>The semantic feature's tag (MemMachine <c>tag</c>).</summary>
    public static StringField FeatureTag { get; } = new("tag");

    /// <summary>The semantic feature's name (MemMachine <c>feature_name</c>).</summary>
    public static StringField FeatureName { get; } = new("feature_name");

    /// <summary>The semantic feature's value (MemMachine <c>value</c>).</summary>
    public static StringField FeatureValue { get; } = new("value");

    /// <summary>One key of the memory's metadata (<c>{"metadata": {key: …}}</c> on Mem0, <c>metadata.key</c> on MemMachine).</summary>
    public static MetadataField Metadata(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        return new MetadataField(key);
    }

    /// <summary>Memories in <paramref name="scope"/>: every id the scope sets must match (user, agent, app, run, ANDed).</summary>
    /// <remarks>On Mem0 an AND of <c>user_id</c> and <c>agent_id</c> only matches memories that carry both ids; to match
    /// memories of either speaker write <c>UserId.Is(u) | AgentId.Is(a)</c> instead.</remarks>
    public static MemoryFilter ForScope(MemoryScope scope)
    {
        MemoryScope.RequireNonEmpty(scope, nameof(scope));
        var parts = new List<MemoryFilter>(4);
        if (scope.UserId is { } user) parts.Add(UserId.Is(user));
        if (scope.AgentId is { } agent) parts.Add(AgentId.Is(agent));
        if (scope.AppId is { } app) parts.Add(AppId.Is(app));
        if (scope.RunId is { } run) parts.Add(RunId.Is(run));
        return And(parts);
    }

    /// <summary>Matches when every filter matches (at least one; nested ANDs are flattened).</summary>
    public static MemoryFilter And(params IEnumerable<MemoryFilter> filters)
    {
        var parts = Flatten<AndFilter>(filters, static and => and.Filters, nameof(filters));
        return parts.Length == 1 ? parts[0] : new AndFilter(new EquatableArray<MemoryFilter>(parts));
    }

    /// <summary>Matches when at least one filter matches (at least one; nested ORs are flattened).</summary>
    public static MemoryFilter Or(params IEnumerable<MemoryFilter> filters)
    {
        var parts = Flatten<OrFilter>(filters, static or => or.Filters, nameof(filters));
        return parts.Length == 1 ? parts[0] : new OrFilter(new EquatableArray<MemoryFilter>(parts));
    }

    /// <summary>Matches when <paramref name="filter"/> does not.</summary>
    public static MemoryFilter Not(MemoryFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return new NotFilter(filter);
    }

    /// <summary>Same as <see cref="And"/>: <c>left &amp; right</c>.</summary>
    public static MemoryFilter operator &(MemoryFilter left, MemoryFilter right) => And(left, right);

    /// <summary>Same as <see cref="Or"/>: <c>left | right</c>.</summary>
    public static MemoryFilter operator |(MemoryFilter left, MemoryFilter right) => Or(left, right);

    /// <summary>Same as <see cref="Not"/>: <c>!filter</c>.</summary>
    public static MemoryFilter operator !(MemoryFilter filter) => Not(filter);

    /// <summary>Writes the filter as Mem0's <c>filters</c> JSON (v2/v3 search and list); a new object on every call.</summary>
    /// <exception cref="FilterNotSupportedException">Mem0 cannot express part of the filter.</exception>
    public JsonObject ToMem0Filter() => Mem0FilterWriter.Write(this);

    /// <summary>Writes the filter as a MemMachine <c>filter</c> string (search and list).</summary>
    /// <exception cref="FilterNotSupportedException">The MemMachine grammar cannot express part of the filter.</exception>
    public string ToMemMachineFilter() => MemMachineFilterWriter.Write(this);

    private static MemoryFilter[] Flatten<T>(IEnumerable<MemoryFilter> filters, Func<T, IEnumerable<MemoryFilter>> children, string paramName)
        where T : MemoryFilter
    {
        ArgumentNullException.ThrowIfNull(filters, paramName);
        var parts = new List<MemoryFilter>();
        foreach (var filter in filters)
        {
            if (filter is null) throw new ArgumentException("Filters must not contain null.", paramName);
            if (filter is T same) parts.AddRange(children(same));
            else parts.Add(filter);
        }
        if (parts.Count == 0) throw new ArgumentException("At least one filter is required.", paramName);
        return [.. parts];
    }
}

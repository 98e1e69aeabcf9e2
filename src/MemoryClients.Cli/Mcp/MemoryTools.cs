using System.ComponentModel;
using System.Text.Json.Nodes;
using MemoryClients.Filters;
using ModelContextProtocol.Server;

namespace MemoryClients.Cli.Mcp;

/// <summary>
/// The memory tools served by <c>memory mcp</c>: search, add, list, get and delete, every one confined to the one
/// scope given on the command line, so an assistant cannot read or change another user's memories.
/// </summary>
[McpServerToolType]
internal sealed class MemoryTools(IMemoryClient memory, MemoryScope scope)
{
    private const int MaxList = 200;

    [McpServerTool(Name = "search", Title = "Search memories", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = false)]
    [Description("Searches the user's long-term memories by meaning and returns the best matches, most relevant first, each with its id, text and score.")]
    public async Task<JsonArray> SearchAsync(
        [Description("What to look for, in natural language.")] string query,
        [Description("The largest number of memories to return, 1 to 100.")] int limit = 5,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, 100);
        var hits = await memory.SearchAsync(query, scope, new MemorySearchOptions { TopK = limit }, cancellationToken);
        return [.. hits.Select(h => (JsonNode?)RecordOutput.ToJson(h))];
    }

    [McpServerTool(Name = "add", Title = "Remember", ReadOnly = false, Destructive = false, Idempotent = false, OpenWorld = false)]
    [Description("Stores something worth remembering about the user (a preference, a fact, a plan) as a long-term memory and returns the new memory ids.")]
    public async Task<JsonObject> AddAsync(
        [Description("The text to remember, written as the user said it or as a short statement.")] string text,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        var result = await memory.AddAsync([MemoryMessage.User(text)], scope, cancellationToken: cancellationToken);
        return new JsonObject
        {
            ["ids"] = new JsonArray([.. result.Ids.Select(id => (JsonNode?)id)]),
            ["pending"] = result.IsPending,
            ["event_id"] = result.EventId,
        };
    }

    [McpServerTool(Name = "list", Title = "List memories", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = false)]
    [Description("Lists the user's memories, newest first for Mem0, oldest first for MemMachine, each with its id and text.")]
    public async Task<JsonArray> ListAsync(
        [Description("The largest number of memories to return, 1 to 200.")] int limit = 50,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, MaxList);
        var items = new JsonArray();
        await foreach (var record in memory.ListAsync(scope, cancellationToken: cancellationToken))
        {
            items.Add(RecordOutput.ToJson(record));
            if (items.Count == limit) break;
        }
        return items;
    }

    [McpServerTool(Name = "get", Title = "Get a memory", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = false)]
    [Description("Returns one of the user's memories by its id.")]
    public async Task<JsonObject> GetAsync(
        [Description("The memory id, as returned by search, list or add.")] string id,
        CancellationToken cancellationToken = default) =>
        RecordOutput.ToJson(await FindAsync(id, cancellationToken));

    [McpServerTool(Name = "delete", Title = "Forget a memory", ReadOnly = false, Destructive = true, Idempotent = true, OpenWorld = false)]
    [Description("Permanently deletes one of the user's memories by its id. This cannot be undone.")]
    public async Task<JsonObject> DeleteAsync(
        [Description("The id of the memory to delete, as returned by search, list or add.")] string id,
        CancellationToken cancellationToken = default)
    {
        var record = await FindAsync(id, cancellationToken);
        await memory.DeleteAsync(record, cancellationToken);
        return new JsonObject { ["deleted"] = record.Id };
    }

    /// <summary>The memory with this id, only if it belongs to the scope; otherwise the tool fails as if it did not exist.</summary>
    private async Task<MemoryRecord> FindAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        MemoryRecord? record = null;
        if (memory.Capabilities.CanGet)
        {
            record = await memory.GetAsync(id, cancellationToken);
        }
        else
        {
            await foreach (var candidate in memory.ListAsync(scope, new MemoryListOptions { Filter = MemoryFilter.Uid.Is(id) }, cancellationToken))
            {
                record = candidate;
                break;
            }
        }
        if (record is null || !InScope(record.Scope))
            throw new ArgumentException($"No memory '{id}' for this user.", nameof(id));
        return record;
    }

    private bool InScope(MemoryScope found) =>
        (scope.UserId is null || found.UserId == scope.UserId)
        && (scope.AgentId is null || found.AgentId == scope.AgentId)
        && (scope.AppId is null || found.AppId == scope.AppId)
        && (scope.RunId is null || found.RunId == scope.RunId);
}

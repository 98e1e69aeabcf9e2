using System.ComponentModel;
using System.Globalization;
using System.Text.Json.Nodes;
using MemoryClients.Errors;
using MemoryClients.Filters;
using ModelContextProtocol.Server;

namespace MemoryClients.Cli.Mcp;

/// <summary>
/// The memory tools served by <c>memory mcp</c>, named like the Microsoft.Extensions.AI memory tools so they do not
/// collide with another server's <c>search</c> or <c>get</c>. Every one is confined to the one scope given on the command
/// line, so an assistant cannot read or change another user's memories. Results are JSON text in the CLI's one JSON form.
/// </summary>
[McpServerToolType]
internal sealed class MemoryTools(IMemoryClient memory, MemoryScope scope)
{
    /// <summary>The answer for an id that does not exist and for one outside the scope alike, so existence cannot be probed.</summary>
    public const string NotFound = "No memory with this id exists for this user.";

    private const int MaxSearch = 100;
    private const int MaxList = 200;

    [McpServerTool(Name = "search_memories", Title = "Search memories", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = false)]
    [Description("Searches the user's long-term memories by meaning and returns the best matches, most relevant first, each with its id, text and score.")]
    public async Task<string> SearchAsync(
        [Description("What to look for, in natural language.")] string query,
        [Description("The largest number of memories to return, 1 to 100.")] int limit = 5,
        CancellationToken cancellationToken = default)
    {
        Require(query, nameof(query));
        Within(limit, nameof(limit), MaxSearch);
        var hits = await memory.SearchAsync(query, scope, new MemorySearchOptions { TopK = limit }, cancellationToken);
        return CliJson.Write(new JsonArray([.. hits.Select(h => (JsonNode?)RecordOutput.ToJson(h))]));
    }

    [McpServerTool(Name = "add_memory", Title = "Remember", ReadOnly = false, Destructive = false, Idempotent = false, OpenWorld = false)]
    [Description("Stores something worth remembering about the user (a preference, a fact, a plan) as a long-term memory. "
        + "Returns status 'stored' with the new memory ids, or status 'queued' with an event id when the service extracts "
        + "memories in the background (Mem0): then no ids exist yet, and the memories appear in search_memories and list_memories once it is done.")]
    public async Task<string> AddAsync(
        [Description("The text to remember, written as the user said it or as a short statement.")] string text,
        CancellationToken cancellationToken = default)
    {
        Require(text, nameof(text));
        var result = await memory.AddAsync([MemoryMessage.User(text)], scope, cancellationToken: cancellationToken);
        var answer = result.Ids.Count > 0
            ? new JsonObject { ["status"] = "stored", ["ids"] = new JsonArray([.. result.Ids.Select(id => (JsonNode?)id)]) }
            : new JsonObject
            {
                ["status"] = "queued",
                ["event_id"] = result.EventId,
                ["note"] = "The service is extracting memories from this text in the background; there are no memory ids yet. "
                    + "They appear in search_memories and list_memories once it is done.",
            };
        return CliJson.Write(answer);
    }

    [McpServerTool(Name = "list_memories", Title = "List memories", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = false)]
    [Description("Lists the user's memories, newest first for Mem0, oldest first for MemMachine, each with its id and text.")]
    public async Task<string> ListAsync(
        [Description("The largest number of memories to return, 1 to 200.")] int limit = 50,
        CancellationToken cancellationToken = default)
    {
        Within(limit, nameof(limit), MaxList);
        var items = new JsonArray();
        // One page holds the whole answer: none is read ahead.
        await foreach (var record in memory.ListAsync(scope, new MemoryListOptions { PageSize = limit }, cancellationToken).WithPrefetch(false))
        {
            items.Add(RecordOutput.ToJson(record));
            if (items.Count == limit) break;
        }
        return CliJson.Write(items);
    }

    [McpServerTool(Name = "get_memory", Title = "Get a memory", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = false)]
    [Description("Returns one of the user's memories by its id.")]
    public async Task<string> GetAsync(
        [Description("The memory id, as returned by search_memories, list_memories or add_memory.")] string id,
        CancellationToken cancellationToken = default) =>
        CliJson.Write(RecordOutput.ToJson(await FindAsync(id, cancellationToken)));

    [McpServerTool(Name = "delete_memory", Title = "Forget a memory", ReadOnly = false, Destructive = true, Idempotent = true, OpenWorld = false)]
    [Description("Permanently deletes one of the user's memories by its id. This cannot be undone.")]
    public async Task<string> DeleteAsync(
        [Description("The id of the memory to delete, as returned by search_memories, list_memories or add_memory.")] string id,
        CancellationToken cancellationToken = default)
    {
        var record = await FindAsync(id, cancellationToken);
        await memory.DeleteAsync(record, cancellationToken);
        return CliJson.Write(new JsonObject { ["deleted"] = record.Id });
    }

    /// <summary>
    /// The memory with this id, read by id (Mem0) or by a uid filter within the scope (MemMachine), never by walking the
    /// scope; a memory outside the scope fails exactly as a missing one does.
    /// </summary>
    private async Task<MemoryRecord> FindAsync(string id, CancellationToken cancellationToken)
    {
        Require(id, nameof(id));
        MemoryIds.CheckLength(id, $"The '{nameof(id)}' argument");
        MemoryRecord? record = null;
        if (memory.Capabilities.CanGet)
        {
            try
            {
                record = await memory.GetAsync(id, cancellationToken);
            }
            catch (MemoryNotFoundException)
            {
            }
        }
        else
        {
            // One request: no page is read ahead.
            var matches = memory.ListAsync(scope, new MemoryListOptions { Filter = MemoryFilter.Uid.Is(id), PageSize = 1 }, cancellationToken).WithPrefetch(false);
            await foreach (var candidate in matches)
            {
                record = candidate;
                break;
            }
        }
        return record is not null && scope.Includes(record) ? record : throw new ToolFailureException(NotFound);
    }

    private static void Require(string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value)) throw new ArgumentException($"The '{name}' argument must not be empty.");
    }

    private static void Within(int value, string name, int max)
    {
        if (value < 1 || value > max)
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The '{name}' argument must be from 1 to {max}; got {value}."));
    }
}

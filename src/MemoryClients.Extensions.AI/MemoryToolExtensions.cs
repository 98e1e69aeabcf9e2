using System.Globalization;
using System.Text.Json.Nodes;
using MemoryClients.Filters;
using Microsoft.Extensions.AI;

namespace MemoryClients.Extensions.AI;

/// <summary>Memory as tools for function-calling models and agents.</summary>
public static class MemoryToolExtensions
{
    /// <summary>The name of the tool that searches memories.</summary>
    public const string SearchToolName = "search_memories";

    /// <summary>The name of the tool that stores a memory.</summary>
    public const string AddToolName = "add_memory";

    /// <summary>The name of the tool that lists memories.</summary>
    public const string ListToolName = "list_memories";

    /// <summary>The name of the tool that deletes a memory.</summary>
    public const string DeleteToolName = "delete_memory";

    /// <summary>
    /// Tools over one scope's memories: <c>search_memories</c>, <c>list_memories</c> and, unless
    /// <see cref="MemoryToolOptions.AllowWrites"/> is false, <c>add_memory</c> and <c>delete_memory</c>. The scope is bound
    /// here by the application; no tool takes a user, agent or run id, so a model cannot read or change another scope's memories.
    /// Every tool reaches the memories that <see cref="MemoryScope.Includes"/> states for the provider, so what <c>add_memory</c>
    /// stored is found, listed and deleted through the same scope (on Mem0, a user with an agent reaches the user's memories).
    /// </summary>
    /// <param name="memoryClient">The memory service.</param>
    /// <param name="scope">Whose memories the tools reach; at least one id.</param>
    /// <param name="options">Result sizes, write access and an extra filter; null takes the defaults.</param>
    /// <returns>The tools, for <c>ChatOptions.Tools</c> or an agent's tools.</returns>
    /// <exception cref="ArgumentException">The scope has no id, or a setting is out of range.</exception>
    public static IReadOnlyList<AIFunction> AsAITools(this IMemoryClient memoryClient, MemoryScope scope, MemoryToolOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(memoryClient);
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.IsEmpty)
            throw new ArgumentException("The scope needs at least one of UserId, AgentId, AppId or RunId.", nameof(scope));
        options ??= new MemoryToolOptions();
        options.Validate(nameof(options));
        // Copies, so later changes to the caller's objects cannot widen what the tools reach.
        var boundScope = scope with { };
        var filter = options.Filter;
        var defaultTopK = options.DefaultTopK;
        var max = options.MaxResults;
        var addOptions = options.AddOptions;

        var tools = new List<AIFunction>
        {
            new MemoryTool(
                SearchToolName,
                "Searches the long-term memories of the current user for facts relevant to a query. Returns the best matches first, each with its id and text.",
                Schema(("query", "string", "What to look for, in a few words or a question."), ("top_k", "integer", $"How many memories to return, 1 to {max}. Default {defaultTopK}."), required: "query", max),
                async (args, ct) =>
                {
                    var query = MemoryTool.RequiredString(args, "query");
                    var topK = MemoryTool.OptionalInteger(args, "top_k", 1, max) ?? defaultTopK;
                    var hits = await memoryClient.SearchAsync(query, boundScope, new MemorySearchOptions { TopK = topK, Filter = filter }, ct).ConfigureAwait(false);
                    return new JsonObject { ["memories"] = Records(hits, withScore: true) };
                }),
            new MemoryTool(
                ListToolName,
                "Lists the long-term memories of the current user, each with its id and text.",
                Schema(("limit", "integer", $"How many memories to return, 1 to {max}. Default {max}."), (null, null, null), required: null, max),
                async (args, ct) =>
                {
                    var limit = MemoryTool.OptionalInteger(args, "limit", 1, max) ?? max;
                    var records = new List<MemoryRecord>();
                    var more = false;
                    await foreach (var record in memoryClient.ListAsync(boundScope, new MemoryListOptions { PageSize = Math.Min(limit + 1, 200), Filter = filter }, ct).ConfigureAwait(false))
                    {
                        if (records.Count == limit)
                        {
                            more = true;
                            break;
                        }
                        records.Add(record);
                    }
                    return new JsonObject { ["memories"] = Records(records, withScore: false), ["more"] = more };
                }),
        };
        if (!options.AllowWrites)
            return tools;

        tools.Add(new MemoryTool(
            AddToolName,
            "Stores a fact about the current user in long-term memory, for example a preference or a personal detail worth remembering in later conversations.",
            Schema(("text", "string", "The fact to remember, as one short sentence."), (null, null, null), required: "text", max),
            async (args, ct) =>
            {
                var text = MemoryTool.RequiredString(args, "text");
                var result = await memoryClient.AddAsync([MemoryMessage.User(text)], boundScope, addOptions, ct).ConfigureAwait(false);
                var ids = new JsonArray();
                foreach (var id in result.Ids)
                    ids.Add((JsonNode?)JsonValue.Create(id));
                return new JsonObject { ["stored"] = true, ["ids"] = ids, ["pending"] = result.IsPending };
            }));
        tools.Add(new MemoryTool(
            DeleteToolName,
            "Deletes one long-term memory of the current user by its id (as returned by search_memories or list_memories).",
            Schema(("id", "string", "The id of the memory to delete."), (null, null, null), required: "id", max),
            async (args, ct) =>
            {
                var id = MemoryTool.RequiredString(args, "id");
                // One page narrowed to the id, read through the bound scope (and filter); the record must then be one that
                // the scope includes, so an id from another scope is reported as not found whatever the service answered.
                var byId = memoryClient.Provider == MemoryProvider.MemMachine ? MemoryFilter.Uid.Is(id) : MemoryFilter.MemoryIds.In(id);
                var find = new MemoryListOptions { PageSize = 1, Filter = filter is null ? byId : byId & filter };
                await foreach (var record in memoryClient.ListAsync(boundScope, find, ct).WithPrefetch(false).ConfigureAwait(false))
                {
                    if (!string.Equals(record.Id, id, StringComparison.Ordinal) || !boundScope.Includes(record))
                        break;
                    await memoryClient.DeleteAsync(record, ct).ConfigureAwait(false);
                    return new JsonObject { ["deleted"] = true, ["id"] = id };
                }
                return new JsonObject { ["deleted"] = false, ["id"] = id, ["error"] = "No memory of the current user has this id." };
            }));
        return tools;
    }

    private static JsonArray Records(IEnumerable<MemoryRecord> records, bool withScore)
    {
        var array = new JsonArray();
        foreach (var record in records)
        {
            var item = new JsonObject { ["id"] = record.Id, ["text"] = record.Text };
            if (withScore && record.Score is { } score)
                item["score"] = score;
            if (record.CreatedAt is { } created)
                item["created_at"] = created.ToString("O", CultureInfo.InvariantCulture);
            array.Add((JsonNode)item);
        }
        return array;
    }

    /// <summary>An object schema with up to two properties and no others allowed.</summary>
    private static string Schema((string? Name, string? Type, string? Description) first, (string? Name, string? Type, string? Description) second, string? required, int max)
    {
        var properties = new JsonObject();
        foreach (var (name, type, description) in new[] { first, second })
        {
            if (name is null)
                continue;
            var property = new JsonObject { ["type"] = type, ["description"] = description };
            if (type == "integer")
            {
                property["minimum"] = 1;
                property["maximum"] = max;
            }
            else
            {
                property["minLength"] = 1;
            }
            properties[name] = property;
        }
        var schema = new JsonObject { ["type"] = "object", ["properties"] = properties, ["additionalProperties"] = false };
        if (required is not null)
            schema["required"] = new JsonArray(required);
        return schema.ToJsonString();
    }
}

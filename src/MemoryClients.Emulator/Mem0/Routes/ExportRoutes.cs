using System.Text.Json.Nodes;
using MemoryClients.Emulator.Http;
using MemoryClients.Emulator.Mem0.Filters;

namespace MemoryClients.Emulator.Mem0.Routes;

/// <summary>
/// Memory exports: <c>POST /v1/exports/</c> (201) and <c>POST /v1/exports/get/</c>, which answers 404 while the export
/// is "processing" (<see cref="MemoryEmulatorOptions.Mem0ExportPendingPolls"/> gets) and then the memories shaped by
/// the schema: each array property of the schema is filled with the matching memories, projected onto its item properties.
/// </summary>
internal static class ExportRoutes
{
    private const string NotReady = "No memory export request found";

    public static void Map(RouteGroupBuilder mem0, Mem0Context context)
    {
        mem0.MapPost("/v1/exports/", (HttpRequest request) => CreateAsync(request.HttpContext, context));
        mem0.MapPost("/v1/exports/get/", (HttpRequest request) => GetAsync(request.HttpContext, context));
    }

    private static async Task<IResult> CreateAsync(HttpContext http, Mem0Context context)
    {
        var body = await Mem0Request.ReadObjectAsync(http);
        if (body["schema"] is not JsonObject schema) throw Mem0Errors.Error(400, "schema is required and must be a JSON object.");
        var filters = body["filters"] switch
        {
            null => null,
            JsonObject f => f,
            _ => throw Mem0Errors.Error(400, "filters must be a JSON object."),
        };
        if (filters is not null) _ = Compile(filters);
        var instructions = body["export_instructions"];
        if (instructions is not null && !Json.IsString(instructions)) throw Mem0Errors.Error(400, "export_instructions must be a string.");

        var export = new JsonObject
        {
            ["id"] = Mem0Context.NewId(),
            ["schema"] = schema.DeepClone(),
            ["filters"] = filters?.DeepClone(),
            ["export_instructions"] = instructions?.DeepClone(),
            ["created_at"] = Timestamps.Format(context.Now),
            ["__pending_polls"] = Math.Max(0, context.Options.Mem0ExportPendingPolls),
        };
        context.Store.Put(Mem0Context.Exports, export["id"]!.GetValue<string>(), export);
        return new JsonResponse(201, new JsonObject
        {
            ["message"] = "Memory export request received. The export will be ready in a few seconds.",
            ["id"] = export["id"]!.DeepClone(),
        });
    }

    private static async Task<IResult> GetAsync(HttpContext http, Mem0Context context)
    {
        var body = await Mem0Request.ReadObjectAsync(http);
        var exportId = Json.AsString(body["memory_export_id"]);
        var filters = body["filters"] as JsonObject;
        if (exportId is null && filters is null)
            throw Mem0Errors.Message(400, "Either memory_export_id or filters is required.");

        var export = context.Store.Write(() =>
        {
            var found = exportId is not null
                ? context.Store.Get(Mem0Context.Exports, exportId)
                : context.Store.Where(Mem0Context.Exports, e => JsonNode.DeepEquals(e["filters"], filters)).LastOrDefault();
            if (found is null) throw Mem0Errors.Error(404, NotReady);
            if (Json.AsLong(found["__pending_polls"]) is > 0 and var pending)
            {
                found["__pending_polls"] = pending - 1;
                context.Store.Put(Mem0Context.Exports, Json.AsString(found["id"])!, found);
                throw Mem0Errors.Error(404, NotReady);
            }
            return found;
        });

        var predicate = export["filters"] is JsonObject stored ? Compile(stored) : (_ => true);
        var memories = context.Store.Where(Mem0Context.Memories, m => predicate(m) && context.IsLive(m));
        return new JsonResponse(200, Shape((JsonObject)export["schema"]!, memories));
    }

    private static Func<JsonObject, bool> Compile(JsonObject filters)
    {
        try
        {
            return Mem0Filter.Compile(filters);
        }
        catch (Mem0FilterException e)
        {
            throw Mem0Errors.Error(400, e.Message);
        }
    }

    private static JsonObject Shape(JsonObject schema, List<JsonObject> memories)
    {
        if (schema["properties"] is not JsonObject properties || properties.Count == 0)
            return new JsonObject { ["memories"] = Json.Array(memories.Select(m => (JsonNode?)Json.Public(m))) };
        var result = new JsonObject();
        foreach (var (name, property) in properties)
        {
            if (Json.AsString(property?["type"]) != "array")
            {
                result[name] = null;
                continue;
            }
            var itemProperties = property?["items"]?["properties"] as JsonObject;
            result[name] = Json.Array(memories.Select(m =>
            {
                var full = Json.Public(m);
                if (itemProperties is null) return (JsonNode?)full;
                var item = new JsonObject();
                foreach (var (key, _) in itemProperties) item[key] = full[key]?.DeepClone();
                return item;
            }));
        }
        return result;
    }
}

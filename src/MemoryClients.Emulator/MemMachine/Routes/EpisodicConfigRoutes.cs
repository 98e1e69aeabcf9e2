using System.Text.Json.Nodes;
using MemoryClients.Emulator.Http;

namespace MemoryClients.Emulator.MemMachine.Routes;

/// <summary>
/// A project's episodic memory switches (self-hosted server routes, singular <c>memory</c> in the path):
/// <c>POST memory/episodic/config/get</c>, <c>memory/episodic/config</c> (204; absent or null switches stay) and the
/// <c>short_term</c> and <c>long_term</c> pairs. Every switch starts on; the project must exist (404 "Project not found").
/// The emulator keeps the switches for reading back; adds and searches behave the same whatever they say.
/// </summary>
internal static class EpisodicConfigRoutes
{
    private const string Enabled = "enabled";
    private const string LongTerm = "long_term_memory_enabled";
    private const string ShortTerm = "short_term_memory_enabled";

    public static void Map(RouteGroupBuilder api, MemMachineContext context)
    {
        api.MapPost("/memory/episodic/config/get", (HttpRequest request) => GetAsync(request.HttpContext, context, Enabled, LongTerm, ShortTerm));
        api.MapPost("/memory/episodic/config", (HttpRequest request) => SetAsync(request.HttpContext, context, (Enabled, Enabled), (LongTerm, LongTerm), (ShortTerm, ShortTerm)));
        api.MapPost("/memory/episodic/short_term/config/get", (HttpRequest request) => GetAsync(request.HttpContext, context, ShortTerm));
        api.MapPost("/memory/episodic/short_term/config", (HttpRequest request) => SetAsync(request.HttpContext, context, (Enabled, ShortTerm)));
        api.MapPost("/memory/episodic/long_term/config/get", (HttpRequest request) => GetAsync(request.HttpContext, context, LongTerm));
        api.MapPost("/memory/episodic/long_term/config", (HttpRequest request) => SetAsync(request.HttpContext, context, (Enabled, LongTerm)));
    }

    /// <summary>Answers the named switches; a single one is answered as <c>{"enabled": …}</c>.</summary>
    private static async Task<IResult> GetAsync(HttpContext http, MemMachineContext context, params string[] switches)
    {
        var body = await MemMachineRequest.ReadObjectAsync(http, bodyOptional: true);
        var config = Switches(Project(context, MemMachineRequest.ProjectId(body)));
        var answer = new JsonObject();
        foreach (var name in switches) answer[switches.Length == 1 ? Enabled : name] = Json.AsBool(config[name]);
        return new JsonResponse(200, answer);
    }

    /// <summary>Sets each switch whose body field (first) is present and not null; the second names the stored switch.</summary>
    private static async Task<IResult> SetAsync(HttpContext http, MemMachineContext context, params (string Field, string Switch)[] fields)
    {
        var body = await MemMachineRequest.ReadObjectAsync(http, bodyOptional: true);
        var projectId = MemMachineRequest.ProjectId(body);
        var values = fields.Select(f => (f.Switch, Value: MemMachineRequest.OptionalBoolean(body, f.Field))).ToList();
        context.Store.Write(() =>
        {
            var project = Project(context, projectId);
            var config = Switches(project);
            foreach (var (name, value) in values)
            {
                if (value is { } on) config[name] = on;
            }
            project["__episodic"] = config;
            context.Store.Put(MemMachineContext.Projects, projectId, project);
        });
        return new JsonResponse(204, null);
    }

    private static JsonObject Project(MemMachineContext context, string projectId) =>
        context.FindProject(projectId) ?? throw MemMachineErrors.Error(404, "Project not found");

    private static JsonObject Switches(JsonObject project) =>
        project["__episodic"]?.DeepClone().AsObject() ?? new JsonObject { [Enabled] = true, [LongTerm] = true, [ShortTerm] = true };
}

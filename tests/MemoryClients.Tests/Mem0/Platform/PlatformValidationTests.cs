using System.Text.Json.Nodes;
using MemoryClients.Mem0;
using MemoryClients.Mem0.Api;
using MemoryClients.Tests.Mem0.Platform.Support;
using MemoryClients.Tests.Support;

namespace MemoryClients.Tests.Mem0.Platform;

/// <summary>Every rule the platform sub-clients check before I/O: the exception type, the parameter it names, and that nothing was sent.</summary>
public sealed class PlatformValidationTests
{
    private static readonly JsonObject Schema = new() { ["type"] = "object" };
    private static readonly JsonObject Filters = new() { ["user_id"] = "alice" };
    private static readonly Mem0WebhookEventType[] Events = [Mem0WebhookEventType.MemoryAdd];

    private static readonly Dictionary<string, (Func<Mem0Client, Task> Call, Type Exception, string Parameter)> Cases = new()
    {
        ["entities list page size 0"] = (c => Task.FromResult(c.Entities.ListAsync(0)), typeof(ArgumentOutOfRangeException), "pageSize"),
        ["entities list page size 201"] = (c => Task.FromResult(c.Entities.ListAsync(201)), typeof(ArgumentOutOfRangeException), "pageSize"),
        ["entities page 0"] = (c => c.Entities.ListPageAsync("page=0"), typeof(ArgumentException), "continuationToken"),
        ["entities page size -1"] = (c => c.Entities.ListPageAsync(null, -1), typeof(ArgumentOutOfRangeException), "pageSize"),
        ["entities get default type"] = (c => c.Entities.GetAsync(default, "alice"), typeof(ArgumentException), "type"),
        ["entities get empty id"] = (c => c.Entities.GetAsync(Mem0EntityType.User, ""), typeof(ArgumentException), "entityId"),
        ["entities get null id"] = (c => c.Entities.GetAsync(Mem0EntityType.User, null!), typeof(ArgumentNullException), "entityId"),
        ["entities delete default type"] = (c => c.Entities.DeleteAsync(default, "alice"), typeof(ArgumentException), "type"),
        ["entities delete blank name"] = (c => c.Entities.DeleteAsync(Mem0EntityType.Agent, "  "), typeof(ArgumentException), "name"),
        ["entities delete all without consent"] = (c => c.Entities.DeleteAllEntitiesAsync(null!), typeof(ArgumentNullException), "confirmation"),

        ["events get empty id"] = (c => c.Events.GetAsync(""), typeof(ArgumentException), "eventId"),
        ["events list page size 0"] = (c => Task.FromResult(c.Events.ListAsync(0)), typeof(ArgumentOutOfRangeException), "pageSize"),
        ["events page 0"] = (c => c.Events.ListPageAsync("page=0"), typeof(ArgumentException), "continuationToken"),
        ["events wait empty id"] = (c => c.Events.WaitForCompletionAsync(" "), typeof(ArgumentException), "eventId"),
        ["events wait zero interval"] = (c => c.Events.WaitForCompletionAsync("e1", TimeSpan.Zero), typeof(ArgumentOutOfRangeException), "pollInterval"),
        ["events wait negative interval"] = (c => c.Events.WaitForCompletionAsync("e1", TimeSpan.FromSeconds(-1)), typeof(ArgumentOutOfRangeException), "pollInterval"),

        ["exports create null schema"] = (c => c.Exports.CreateAsync(null!, Filters), typeof(ArgumentNullException), "schema"),
        ["exports create null filters"] = (c => c.Exports.CreateAsync(Schema, (JsonObject)null!), typeof(ArgumentNullException), "filters"),
        ["exports create empty filters"] = (c => c.Exports.CreateAsync(Schema, []), typeof(ArgumentException), "filters"),
        ["exports get empty id"] = (c => c.Exports.GetAsync(""), typeof(ArgumentException), "exportId"),
        ["exports get empty filters"] = (c => c.Exports.GetAsync(new JsonObject()), typeof(ArgumentException), "filters"),
        ["exports wait empty id"] = (c => c.Exports.WaitUntilReadyAsync(""), typeof(ArgumentException), "exportId"),
        ["exports wait zero interval"] = (c => c.Exports.WaitUntilReadyAsync("x1", TimeSpan.Zero), typeof(ArgumentOutOfRangeException), "pollInterval"),

        ["project get blank field"] = (c => c.Project.GetAsync(["name", " "]), typeof(ArgumentException), "fields"),
        ["project update nothing"] = (c => c.Project.UpdateAsync(new Mem0UpdateProjectRequest()), typeof(ArgumentException), "update"),
        ["project update null"] = (c => c.Project.UpdateAsync(null!), typeof(ArgumentNullException), "update"),
        ["project add member empty email"] = (c => c.Project.AddMemberAsync(""), typeof(ArgumentException), "email"),
        ["project add member empty role"] = (c => c.Project.AddMemberAsync("ana@example.com", ""), typeof(ArgumentException), "role"),
        ["project add member default role"] = (c => c.Project.AddMemberAsync("ana@example.com", default(Mem0ProjectRole)), typeof(ArgumentException), "role"),
        ["project update member empty role"] = (c => c.Project.UpdateMemberAsync("ana@example.com", " "), typeof(ArgumentException), "role"),
        ["project remove member empty email"] = (c => c.Project.RemoveMemberAsync(""), typeof(ArgumentException), "email"),

        ["webhooks list blank project"] = (c => c.Webhooks.ListAsync(" "), typeof(ArgumentException), "projectId"),
        ["webhooks create empty name"] = (c => c.Webhooks.CreateAsync("", "https://hooks.example.com/mem0", Events), typeof(ArgumentException), "name"),
        ["webhooks create empty url"] = (c => c.Webhooks.CreateAsync("hook", "", Events), typeof(ArgumentException), "url"),
        ["webhooks create relative url"] = (c => c.Webhooks.CreateAsync("hook", "/mem0", Events), typeof(ArgumentException), "url"),
        ["webhooks create ftp url"] = (c => c.Webhooks.CreateAsync("hook", "ftp://hooks.example.com/", Events), typeof(ArgumentException), "url"),
        ["webhooks create no events"] = (c => c.Webhooks.CreateAsync("hook", "https://hooks.example.com/mem0", []), typeof(ArgumentException), "eventTypes"),
        ["webhooks create null events"] = (c => c.Webhooks.CreateAsync("hook", "https://hooks.example.com/mem0", null!), typeof(ArgumentNullException), "eventTypes"),
        ["webhooks create blank event"] = (c => c.Webhooks.CreateAsync("hook", "https://hooks.example.com/mem0", [""]), typeof(ArgumentException), "eventTypes"),
        ["webhooks create default event"] = (c => c.Webhooks.CreateAsync("hook", "https://hooks.example.com/mem0", [default]), typeof(ArgumentException), "eventTypes"),
        ["webhooks update nothing"] = (c => c.Webhooks.UpdateAsync("wh_1"), typeof(ArgumentException), "name"),
        ["webhooks update empty id"] = (c => c.Webhooks.UpdateAsync("", name: "hook"), typeof(ArgumentException), "webhookId"),
        ["webhooks update empty events"] = (c => c.Webhooks.UpdateAsync("wh_1", eventTypes: []), typeof(ArgumentException), "eventTypes"),
        ["webhooks update bad url"] = (c => c.Webhooks.UpdateAsync("wh_1", url: "not a url"), typeof(ArgumentException), "url"),
        ["webhooks delete empty id"] = (c => c.Webhooks.DeleteAsync(""), typeof(ArgumentException), "webhookId"),

        ["profiles get empty user"] = (c => c.Profiles.GetAsync(""), typeof(ArgumentException), "userId"),
        ["profiles generate empty user"] = (c => c.Profiles.GenerateAsync(" "), typeof(ArgumentException), "userId"),
        ["profiles generate short key"] = (c => c.Profiles.GenerateAsync("alice", "short"), typeof(ArgumentOutOfRangeException), "idempotencyKey"),
        ["profiles generate long key"] = (c => c.Profiles.GenerateAsync("alice", new string('k', 129)), typeof(ArgumentOutOfRangeException), "idempotencyKey"),
        ["profiles generate blank key"] = (c => c.Profiles.GenerateAsync("alice", "         "), typeof(ArgumentException), "idempotencyKey"),
        ["profiles sample limit 0"] = (c => c.Profiles.SampleAsync(0), typeof(ArgumentOutOfRangeException), "limit"),
        ["profiles sample limit 11"] = (c => c.Profiles.SampleAsync(11), typeof(ArgumentOutOfRangeException), "limit"),
        ["profiles job empty id"] = (c => c.Profiles.GetJobAsync(""), typeof(ArgumentException), "jobIdOrStatusUrl"),
        ["profiles job url without id"] = (c => c.Profiles.GetJobAsync("///"), typeof(ArgumentException), "jobIdOrStatusUrl"),
        ["profiles settings nothing"] = (c => c.Profiles.UpdateSettingsAsync(), typeof(ArgumentException), "enabled"),
    };

    public static TheoryData<string> CaseNames => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Rejects_bad_arguments_before_any_request(string caseName)
    {
        var (call, exceptionType, parameter) = Cases[caseName];
        var handler = new ScriptedHandler();
        using var client = PlatformClient.Create(handler);

        var thrown = await Record.ExceptionAsync(() => call(client));

        thrown.Should().NotBeNull(caseName);
        thrown!.GetType().Should().Be(exceptionType, $"{caseName}: {thrown.Message}");
        ((ArgumentException)thrown).ParamName.Should().Be(parameter, caseName);
        thrown.Message.Should().NotBeNullOrWhiteSpace();
        handler.Requests.Should().BeEmpty($"{caseName} must fail before any I/O");
    }

    [Fact]
    public void Entity_type_is_open_and_its_default_has_no_wire_value()
    {
        Mem0EntityType.App.ToString().Should().Be("app");
        new Mem0EntityType("session").ToString().Should().Be("session");
        default(Mem0EntityType).ToString().Should().BeEmpty();
    }
}

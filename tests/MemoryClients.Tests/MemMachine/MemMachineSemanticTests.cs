using System.Net;
using System.Text.Json.Nodes;
using MemoryClients.MemMachine;
using MemoryClients.Tests.MemMachine.Support;
using MemoryClients.Tests.Support;

namespace MemoryClients.Tests.MemMachine;

/// <summary>
/// Semantic memory administration and the episodic memory switches: the exact body each method sends to a self-hosted
/// server, what it returns, and every rule checked before any request (a cloud client refuses them all).
/// </summary>
public sealed class MemMachineSemanticTests
{
    /// <summary>The JSON object <paramref name="fields"/> after the client's default org and project (<c>universal</c>).</summary>
    private static string B(string fields) => "{\"org_id\":\"universal\",\"project_id\":\"universal\"" + (fields == "{}" ? "}" : "," + fields[1..]);

    /// <summary>One call: what it sends (path below <c>/api/v2/</c> and body), the answer it gets, and what it must return.</summary>
    public sealed record Exchange(string Name, Func<MemMachineClient, Task<object?>> Call, string Path, string Body, HttpStatusCode Status, string Answer, object? Expected)
    {
        public override string ToString() => Name;
    }

    private static Func<MemMachineClient, Task<object?>> Returns<T>(Func<MemMachineClient, Task<T>> call) => async c => await call(c);

    private static Func<MemMachineClient, Task<object?>> Completes(Func<MemMachineClient, Task> call) => async c =>
    {
        await call(c);
        return null;
    };

    public static TheoryData<Exchange> Cases => new()
    {
        new("add feature", Returns(c => c.Semantic.AddFeatureAsync("17", "profile", "food", "dietary_restriction", "vegetarian", "support",
                new MemMachineAddFeatureOptions { FeatureMetadata = new JsonObject { ["source"] = "intake_form" }, Citations = ["42"] })),
            "memories/semantic/feature",
            """{"org_id":"universal","project_id":"support","set_id":"17","category_name":"profile","tag":"food","feature":"dietary_restriction","value":"vegetarian","feature_metadata":{"source":"intake_form"},"citations":["42"]}""",
            HttpStatusCode.Created, """{"feature_id":"31"}""", "31"),
        new("add feature, no options", Returns(c => c.Semantic.AddFeatureAsync("17", "profile", "food", "diet", "vegan")),
            "memories/semantic/feature",
            B("""{"set_id":"17","category_name":"profile","tag":"food","feature":"diet","value":"vegan"}"""),
            HttpStatusCode.Created, """{"feature_id":"32"}""", "32"),
        new("get feature", Returns(async c => (await c.Semantic.GetFeatureAsync("31", loadCitations: true)).Value),
            "memories/semantic/feature/get", B("""{"feature_id":"31","load_citations":true}"""),
            HttpStatusCode.OK, """{"set_id":"17","category":"profile","tag":"food","feature_name":"diet","value":"vegan","metadata":{"id":"31"}}""", "vegan"),
        new("get feature without citations", Returns(async c => (await c.Semantic.GetFeatureAsync("31")).FeatureName),
            "memories/semantic/feature/get", B("""{"feature_id":"31"}"""),
            HttpStatusCode.OK, """{"category":"profile","tag":"food","feature_name":"diet","value":"vegan"}""", "diet"),
        new("update feature", Completes(c => c.Semantic.UpdateFeatureAsync("31",
                new MemMachineUpdateFeatureOptions { Value = "vegan", Metadata = new Dictionary<string, string> { ["source"] = "chat" } })),
            "memories/semantic/feature/update", B("""{"feature_id":"31","value":"vegan","metadata":{"source":"chat"}}"""),
            HttpStatusCode.NoContent, "", null),
        new("create set type", Returns(c => c.Semantic.CreateSetTypeAsync(["user_id"], options: new MemMachineCreateSemanticSetTypeOptions { IsOrgLevel = false, Name = "per-user", Description = "One set per user" })),
            "memories/semantic/set_type", B("""{"is_org_level":false,"metadata_tags":["user_id"],"name":"per-user","description":"One set per user"}"""),
            HttpStatusCode.Created, """{"set_type_id":"3"}""", "3"),
        new("list set types", Returns(async c => string.Join(",", (await c.Semantic.ListSetTypesAsync()).Select(t => t.Id))),
            "memories/semantic/set_type/list", B("{}"),
            HttpStatusCode.OK, """{"set_types":[{"id":"3","is_org_level":false,"tags":["user_id"]},{"id":"4","is_org_level":true,"tags":["team_id"]}]}""", "3,4"),
        new("delete set type", Completes(c => c.Semantic.DeleteSetTypeAsync("4")),
            "memories/semantic/set_type/delete", B("""{"set_type_id":"4"}"""), HttpStatusCode.NoContent, "", null),
        new("get set id", Returns(c => c.Semantic.GetSetIdAsync(["user_id"], options: new MemMachineGetSemanticSetIdOptions { SetMetadata = new JsonObject { ["user_id"] = "42" } })),
            "memories/semantic/set_id/get", B("""{"metadata_tags":["user_id"],"set_metadata":{"user_id":"42"}}"""),
            HttpStatusCode.OK, """{"set_id":"mem_user_set_42"}""", "mem_user_set_42"),
        new("list sets", Returns(async c => (await c.Semantic.ListSetsAsync(new JsonObject { ["user_id"] = "42" })).Single().Id),
            "memories/semantic/set_id/list", B("""{"set_metadata":{"user_id":"42"}}"""),
            HttpStatusCode.OK, """{"sets":[{"id":"mem_user_set_42","is_org_level":false,"tags":["user_id"]}]}""", "mem_user_set_42"),
        new("list every set", Returns(async c => (await c.Semantic.ListSetsAsync()).Count),
            "memories/semantic/set_id/list", B("{}"), HttpStatusCode.OK, """{"sets":[]}""", 0),
        new("configure set", Completes(c => c.Semantic.ConfigureSetAsync("mem_user_set_42", new MemMachineConfigureSemanticSetOptions { LlmName = "gpt-4o-mini" })),
            "memories/semantic/set/configure", B("""{"set_id":"mem_user_set_42","llm_name":"gpt-4o-mini"}"""), HttpStatusCode.NoContent, "", null),
        new("get category", Returns(async c => (await c.Semantic.GetCategoryAsync("8")).Prompt),
            "memories/semantic/category/get", B("""{"category_id":"8"}"""),
            HttpStatusCode.OK, """{"id":"8","name":"preferences","prompt":"Extract preferences."}""", "Extract preferences."),
        new("add category", Returns(c => c.Semantic.AddCategoryAsync("mem_user_set_42", "preferences", "Extract preferences.", "Likes and dislikes")),
            "memories/semantic/category", B("""{"set_id":"mem_user_set_42","category_name":"preferences","prompt":"Extract preferences.","description":"Likes and dislikes"}"""),
            HttpStatusCode.Created, """{"category_id":"8"}""", "8"),
        new("add category template", Returns(c => c.Semantic.AddCategoryTemplateAsync("3", "allergies", "Extract allergies.")),
            "memories/semantic/category/template", B("""{"set_type_id":"3","category_name":"allergies","prompt":"Extract allergies."}"""),
            HttpStatusCode.Created, """{"category_id":"9"}""", "9"),
        new("list category templates", Returns(async c => string.Join(",", (await c.Semantic.ListCategoryTemplatesAsync("3")).Select(t => t.Name))),
            "memories/semantic/category/template/list", B("""{"set_type_id":"3"}"""),
            HttpStatusCode.OK, """{"categories":[{"id":"9","name":"allergies","origin_type":"set_type","origin_id":"3","inherited":false},{"name":"profile"}]}""", "allergies,profile"),
        new("disable category", Completes(c => c.Semantic.DisableCategoryAsync("mem_user_set_42", "profile")),
            "memories/semantic/category/disable", B("""{"set_id":"mem_user_set_42","category_name":"profile"}"""), HttpStatusCode.NoContent, "", null),
        new("category set ids", Returns(async c => string.Join(",", await c.Semantic.GetCategorySetIdsAsync("8"))),
            "memories/semantic/category/set_ids/get", B("""{"category_id":"8"}"""),
            HttpStatusCode.OK, """{"set_ids":["mem_user_set_42","mem_user_set_7"]}""", "mem_user_set_42,mem_user_set_7"),
        new("delete category", Completes(c => c.Semantic.DeleteCategoryAsync("8")),
            "memories/semantic/category/delete", B("""{"category_id":"8"}"""), HttpStatusCode.NoContent, "", null),
        new("add tag", Returns(c => c.Semantic.AddTagAsync("8", "cuisine", "Favourite cuisines")),
            "memories/semantic/category/tag", B("""{"category_id":"8","tag_name":"cuisine","tag_description":"Favourite cuisines"}"""),
            HttpStatusCode.Created, """{"tag_id":"21"}""", "21"),
        new("delete tag", Completes(c => c.Semantic.DeleteTagAsync("21")),
            "memories/semantic/category/tag/delete", B("""{"tag_id":"21"}"""), HttpStatusCode.NoContent, "", null),
        new("episodic config", Returns(async c => (await c.EpisodicConfig.GetAsync()).ShortTermMemoryEnabled),
            "memory/episodic/config/get", B("{}"),
            HttpStatusCode.OK, """{"enabled":true,"long_term_memory_enabled":true,"short_term_memory_enabled":false}""", false),
        new("configure episodic", Completes(c => c.EpisodicConfig.ConfigureAsync(new MemMachineConfigureEpisodicMemoryOptions { LongTermMemoryEnabled = true, ShortTermMemoryEnabled = false })),
            "memory/episodic/config", B("""{"long_term_memory_enabled":true,"short_term_memory_enabled":false}"""), HttpStatusCode.NoContent, "", null),
        new("short-term enabled", Returns(c => c.EpisodicConfig.IsShortTermEnabledAsync()),
            "memory/episodic/short_term/config/get", B("{}"), HttpStatusCode.OK, """{"enabled":true}""", true),
        new("set short-term", Completes(c => c.EpisodicConfig.SetShortTermEnabledAsync(false)),
            "memory/episodic/short_term/config", B("""{"enabled":false}"""), HttpStatusCode.NoContent, "", null),
        new("long-term enabled", Returns(c => c.EpisodicConfig.IsLongTermEnabledAsync()),
            "memory/episodic/long_term/config/get", B("{}"), HttpStatusCode.OK, """{"enabled":false}""", false),
        new("set long-term", Completes(c => c.EpisodicConfig.SetLongTermEnabledAsync(true, "support")),
            "memory/episodic/long_term/config", """{"org_id":"universal","project_id":"support","enabled":true}""", HttpStatusCode.NoContent, "", null),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_method_sends_its_body_to_its_path_and_returns_the_answer(Exchange exchange)
    {
        var handler = new ScriptedHandler().Respond(exchange.Status, exchange.Answer);
        using var client = MemMachineTestClient.SelfHosted(handler);

        var result = await exchange.Call(client);

        result.Should().Be(exchange.Expected);
        var request = handler.Requests.Should().ContainSingle().Subject;
        request.Method.Should().Be(HttpMethod.Post);
        request.Path.Should().Be("/api/v2/" + exchange.Path);
        request.Body.Should().Be(exchange.Body);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_cloud_client_refuses_each_method_before_sending(Exchange exchange)
    {
        var handler = new ScriptedHandler();
        using var client = MemMachineTestClient.Cloud(handler);

        (await client.Invoking(exchange.Call).Should().ThrowExactlyAsync<NotSupportedException>())
            .Which.Message.Should().Contain("self-hosted MemMachine servers only").And.Contain("MemMachineClient.V2");
        handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task The_client_org_and_default_project_are_sent_and_an_explicit_project_replaces_the_default()
    {
        var handler = new ScriptedHandler().Respond(HttpStatusCode.OK, """{"set_types":[]}""").Respond(HttpStatusCode.OK, """{"set_types":[]}""");
        var options = MemMachineTestClient.SelfHostedOptions();
        options.OrgId = "acme";
        options.ProjectId = "support";
        using var client = MemMachineTestClient.Create(handler, options);

        await client.Semantic.ListSetTypesAsync();
        await client.Semantic.ListSetTypesAsync("billing");

        handler.Requests.Select(r => r.Body).Should().Equal("""{"org_id":"acme","project_id":"support"}""", """{"org_id":"acme","project_id":"billing"}""");
    }

    [Fact]
    public async Task Per_call_settings_send_headers_but_never_put_them_in_the_body()
    {
        var handler = new ScriptedHandler().Respond(HttpStatusCode.NoContent, "");
        using var client = MemMachineTestClient.SelfHosted(handler);

        await client.EpisodicConfig.ConfigureAsync(new MemMachineConfigureEpisodicMemoryOptions { Enabled = true, Headers = new Dictionary<string, string> { ["X-Trace"] = "t1" } });

        var request = handler.Requests.Single();
        request.Headers["X-Trace"].Should().Be("t1");
        request.Body.Should().Be(B("""{"enabled":true}"""));
    }

    public static TheoryData<string, Func<MemMachineClient, Task>> BadCalls => new()
    {
        { "setId", c => c.Semantic.AddFeatureAsync(" ", "profile", "food", "diet", "vegan") },
        { "categoryName", c => c.Semantic.AddFeatureAsync("17", "", "food", "diet", "vegan") },
        { "tag", c => c.Semantic.AddFeatureAsync("17", "profile", null!, "diet", "vegan") },
        { "feature", c => c.Semantic.AddFeatureAsync("17", "profile", "food", "\t", "vegan") },
        { "value", c => c.Semantic.AddFeatureAsync("17", "profile", "food", "diet", "bad \uD800 text") },
        { "options.Citations[1]", c => c.Semantic.AddFeatureAsync("17", "profile", "food", "diet", "vegan", options: new() { Citations = ["42", " "] }) },
        { "options.MaxRetries", c => c.Semantic.AddFeatureAsync("17", "profile", "food", "diet", "vegan", options: new() { MaxRetries = -1 }) },
        { "projectId", c => c.Semantic.AddFeatureAsync("17", "profile", "food", "diet", "vegan", "acme/prod") },
        { "projectId", c => c.Semantic.ListSetTypesAsync("") },
        { "featureId", c => c.Semantic.GetFeatureAsync("") },
        { "featureId", c => c.Semantic.GetFeatureAsync(new string('1', 1025)) },
        { "options", c => c.Semantic.UpdateFeatureAsync("31", null!) },
        { "options", c => c.Semantic.UpdateFeatureAsync("31", new MemMachineUpdateFeatureOptions()) },
        { "options.Tag", c => c.Semantic.UpdateFeatureAsync("31", new MemMachineUpdateFeatureOptions { Tag = " " }) },
        { "options.Metadata[\"k\"]", c => c.Semantic.UpdateFeatureAsync("31", new MemMachineUpdateFeatureOptions { Metadata = new Dictionary<string, string> { ["k"] = null! } }) },
        { "metadataTags", c => c.Semantic.CreateSetTypeAsync([]) },
        { "metadataTags", c => c.Semantic.CreateSetTypeAsync(["user_id", "user_id"]) },
        { "metadataTags[0]", c => c.Semantic.GetSetIdAsync([""]) },
        { "metadataTags", c => c.Semantic.GetSetIdAsync(null!) },
        { "options.Name", c => c.Semantic.CreateSetTypeAsync(["user_id"], options: new() { Name = "" }) },
        { "setTypeId", c => c.Semantic.DeleteSetTypeAsync(" ") },
        { "options", c => c.Semantic.ConfigureSetAsync("s", new MemMachineConfigureSemanticSetOptions()) },
        { "options.EmbedderName", c => c.Semantic.ConfigureSetAsync("s", new MemMachineConfigureSemanticSetOptions { EmbedderName = " " }) },
        { "setId", c => c.Semantic.ConfigureSetAsync("", new MemMachineConfigureSemanticSetOptions { LlmName = "m" }) },
        { "categoryId", c => c.Semantic.GetCategoryAsync("") },
        { "prompt", c => c.Semantic.AddCategoryAsync("s", "preferences", " ") },
        { "description", c => c.Semantic.AddCategoryAsync("s", "preferences", "p", "\uDC00") },
        { "setTypeId", c => c.Semantic.AddCategoryTemplateAsync("", "allergies", "p") },
        { "setTypeId", c => c.Semantic.ListCategoryTemplatesAsync(null!) },
        { "categoryName", c => c.Semantic.DisableCategoryAsync("s", "") },
        { "categoryId", c => c.Semantic.GetCategorySetIdsAsync(" ") },
        { "categoryId", c => c.Semantic.DeleteCategoryAsync("") },
        { "tagDescription", c => c.Semantic.AddTagAsync("8", "cuisine", "") },
        { "tagId", c => c.Semantic.DeleteTagAsync("") },
        { "options", c => c.EpisodicConfig.ConfigureAsync(new MemMachineConfigureEpisodicMemoryOptions()) },
        { "options.Timeout", c => c.EpisodicConfig.ConfigureAsync(new MemMachineConfigureEpisodicMemoryOptions { Enabled = true, Timeout = TimeSpan.Zero }) },
        { "projectId", c => c.EpisodicConfig.GetAsync("my project") },
        { "projectId", c => c.EpisodicConfig.SetShortTermEnabledAsync(true, "") },
        { "projectId", c => c.EpisodicConfig.IsLongTermEnabledAsync("a.b") },
    };

    [Theory]
    [MemberData(nameof(BadCalls))]
    public async Task Bad_input_is_refused_before_sending_and_names_its_parameter(string paramName, Func<MemMachineClient, Task> call)
    {
        var handler = new ScriptedHandler();
        using var client = MemMachineTestClient.SelfHosted(handler);

        (await client.Invoking(call).Should().ThrowAsync<ArgumentException>()).Which.ParamName.Should().Be(paramName);
        handler.Requests.Should().BeEmpty();
    }
}

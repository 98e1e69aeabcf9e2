using System.Text.Json.Nodes;
using MemoryClients.ContractTests.Support;
using MemoryClients.Errors;
using MemoryClients.MemMachine;

namespace MemoryClients.ContractTests.MemMachine;

/// <summary>
/// <see cref="MemMachineClient.Semantic"/> and <see cref="MemMachineClient.EpisodicConfig"/> against the same recorded
/// exchanges as the raw API: the typed methods must build, from the client's org and default project, exactly the body
/// the service accepted, and read its answer.
/// </summary>
public sealed class MemMachineSemanticClientContractTests
{
    private static async Task<T> RunAsync<T>(string mapping, Func<MemMachineClient, Task<T>> call)
    {
        await using var contract = await ContractCase.StartAsync($"memmachine/{mapping}/self-hosted");
        using var client = MemMachineContract.SelfHosted(contract);
        var result = await call(client);
        contract.AssertSelfHostedRequest();
        return result;
    }

    private static async Task RunAsync(string mapping, Func<MemMachineClient, Task> call)
    {
        await using var contract = await ContractCase.StartAsync($"memmachine/{mapping}/self-hosted");
        using var client = MemMachineContract.SelfHosted(contract);
        await call(client);
        contract.AssertSelfHostedRequest();
    }

    [Fact]
    public async Task Add_feature() =>
        (await RunAsync("semantic-feature-add", c => c.Semantic.AddFeatureAsync("17", "profile", "food", "dietary_restriction", "vegetarian",
            options: new MemMachineAddFeatureOptions { FeatureMetadata = new JsonObject { ["source"] = "intake_form" }, Citations = ["42"] })))
        .Should().Be("31");

    [Fact]
    public async Task Get_feature_with_citations()
    {
        var feature = await RunAsync("semantic-feature-get", c => c.Semantic.GetFeatureAsync("31", loadCitations: true));

        feature.Value.Should().Be("vegetarian");
        feature.Metadata!.Citations.Should().Equal("42");
    }

    [Fact]
    public async Task Get_missing_feature_is_not_found()
    {
        await using var contract = await ContractCase.StartAsync("memmachine/semantic-feature-get/self-hosted-not-found");
        using var client = MemMachineContract.SelfHosted(contract);

        (await client.Semantic.Invoking(s => s.GetFeatureAsync("999")).Should().ThrowExactlyAsync<MemoryNotFoundException>())
            .Which.ServiceMessage.Should().Be("Feature not found");
        contract.AssertSelfHostedRequest();
    }

    [Fact]
    public Task Update_feature() =>
        RunAsync("semantic-feature-update", c => c.Semantic.UpdateFeatureAsync("31",
            new MemMachineUpdateFeatureOptions { Value = "vegan", Metadata = new Dictionary<string, string> { ["source"] = "chat" } }));

    [Fact]
    public async Task Create_set_type() =>
        (await RunAsync("semantic-set-type-create", c => c.Semantic.CreateSetTypeAsync(["user_id"],
            options: new MemMachineCreateSemanticSetTypeOptions { IsOrgLevel = false, Name = "per-user", Description = "One set per user" })))
        .Should().Be("3");

    [Fact]
    public async Task List_set_types() =>
        (await RunAsync("semantic-set-type-list", c => c.Semantic.ListSetTypesAsync())).Select(t => t.Id).Should().Equal("3", "4");

    [Fact]
    public Task Delete_set_type() => RunAsync("semantic-set-type-delete", c => c.Semantic.DeleteSetTypeAsync("4"));

    [Fact]
    public async Task Get_set_id() =>
        (await RunAsync("semantic-set-id-get", c => c.Semantic.GetSetIdAsync(["user_id"],
            options: new MemMachineGetSemanticSetIdOptions { SetMetadata = new JsonObject { ["user_id"] = "42" } })))
        .Should().Be("mem_user_set_42");

    [Fact]
    public async Task List_sets() =>
        (await RunAsync("semantic-set-id-list", c => c.Semantic.ListSetsAsync(new JsonObject { ["user_id"] = "42" })))
        .Should().ContainSingle().Which.Name.Should().Be("per-user");

    [Fact]
    public Task Configure_set() =>
        RunAsync("semantic-set-configure", c => c.Semantic.ConfigureSetAsync("mem_user_set_42",
            new MemMachineConfigureSemanticSetOptions { EmbedderName = "openai_embedder", LlmName = "gpt-4o-mini" }));

    [Fact]
    public async Task Get_category() =>
        (await RunAsync("semantic-category-get", c => c.Semantic.GetCategoryAsync("8"))).Name.Should().Be("preferences");

    [Fact]
    public async Task Add_category() =>
        (await RunAsync("semantic-category-add", c => c.Semantic.AddCategoryAsync("mem_user_set_42", "preferences", "Extract stable user preferences.", "Likes and dislikes")))
        .Should().Be("8");

    [Fact]
    public async Task Add_category_template() =>
        (await RunAsync("semantic-category-template-add", c => c.Semantic.AddCategoryTemplateAsync("3", "allergies", "Extract allergies."))).Should().Be("9");

    [Fact]
    public async Task List_category_templates() =>
        (await RunAsync("semantic-category-template-list", c => c.Semantic.ListCategoryTemplatesAsync("3"))).Select(t => t.Name).Should().Equal("allergies", "profile");

    [Fact]
    public Task Disable_category() => RunAsync("semantic-category-disable", c => c.Semantic.DisableCategoryAsync("mem_user_set_42", "profile"));

    [Fact]
    public async Task Category_set_ids() =>
        (await RunAsync("semantic-category-set-ids", c => c.Semantic.GetCategorySetIdsAsync("8"))).Should().Equal("mem_user_set_42", "mem_user_set_7");

    [Fact]
    public Task Delete_category() => RunAsync("semantic-category-delete", c => c.Semantic.DeleteCategoryAsync("8"));

    [Fact]
    public async Task Add_tag() =>
        (await RunAsync("semantic-tag-add", c => c.Semantic.AddTagAsync("8", "cuisine", "Favourite cuisines"))).Should().Be("21");

    [Fact]
    public Task Delete_tag() => RunAsync("semantic-tag-delete", c => c.Semantic.DeleteTagAsync("21"));

    [Fact]
    public async Task Get_episodic_config()
    {
        var config = await RunAsync("episodic-config-get", c => c.EpisodicConfig.GetAsync());

        config.LongTermMemoryEnabled.Should().BeTrue();
        config.ShortTermMemoryEnabled.Should().BeFalse();
    }

    [Fact]
    public Task Configure_episodic() =>
        RunAsync("episodic-config-set", c => c.EpisodicConfig.ConfigureAsync(new MemMachineConfigureEpisodicMemoryOptions { LongTermMemoryEnabled = true, ShortTermMemoryEnabled = false }));

    [Fact]
    public async Task Short_term_switch()
    {
        (await RunAsync("short-term-config-get", c => c.EpisodicConfig.IsShortTermEnabledAsync())).Should().BeFalse();
        await RunAsync("short-term-config-set", c => c.EpisodicConfig.SetShortTermEnabledAsync(true));
    }

    [Fact]
    public async Task Long_term_switch()
    {
        (await RunAsync("long-term-config-get", c => c.EpisodicConfig.IsLongTermEnabledAsync())).Should().BeTrue();
        await RunAsync("long-term-config-set", c => c.EpisodicConfig.SetLongTermEnabledAsync(false));
    }
}

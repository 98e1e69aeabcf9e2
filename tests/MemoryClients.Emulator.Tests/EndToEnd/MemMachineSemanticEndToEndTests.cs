using System.Text.Json.Nodes;
using MemoryClients.Errors;
using MemoryClients.MemMachine;

namespace MemoryClients.Emulator.Tests.EndToEnd;

/// <summary>
/// <see cref="MemMachineClient.Semantic"/> and <see cref="MemMachineClient.EpisodicConfig"/> end to end: a self-hosted
/// client against the emulator, which serves the self-hosted server's semantic and configuration routes under its API root.
/// </summary>
public sealed class MemMachineSemanticEndToEndTests(EndToEndFixture fixture) : IClassFixture<EndToEndFixture>, IDisposable
{
    private readonly MemMachineClient _client = new(new MemMachineClientOptions
    {
        Deployment = MemMachineDeployment.SelfHosted,
        ApiKey = EndToEndFixture.MemMachineKey,
        BaseAddress = fixture.Emulator.MemMachineBaseAddress,
        Resilience = EndToEndFixture.FastRetries(),
    });

    private MemMachineSemanticClient Semantic => _client.Semantic;

    private async Task<string> NewProjectAsync()
    {
        var project = EndToEndFixture.NewId("sem");
        await _client.CreateProjectAsync(project);
        return project;
    }

    [Fact]
    public async Task Set_types_and_sets_find_the_same_set_for_the_same_metadata()
    {
        var project = await NewProjectAsync();

        var setTypeId = await Semantic.CreateSetTypeAsync(["user_id"], project, new MemMachineCreateSemanticSetTypeOptions { Name = "per-user", Description = "One set per user" });
        var types = await Semantic.ListSetTypesAsync(project);
        var user42 = await Semantic.GetSetIdAsync(["user_id"], project, new MemMachineGetSemanticSetIdOptions { SetMetadata = new JsonObject { ["user_id"] = "42" } });
        var again = await Semantic.GetSetIdAsync(["user_id"], project, new MemMachineGetSemanticSetIdOptions { SetMetadata = new JsonObject { ["user_id"] = "42", ["other"] = "x" } });
        var user7 = await Semantic.GetSetIdAsync(["user_id"], project, new MemMachineGetSemanticSetIdOptions { SetMetadata = new JsonObject { ["user_id"] = "7" } });
        var only42 = await Semantic.ListSetsAsync(new JsonObject { ["user_id"] = "42" }, project);
        var all = await Semantic.ListSetsAsync(projectId: project);
        await Semantic.ConfigureSetAsync(user42, new MemMachineConfigureSemanticSetOptions { EmbedderName = "local", LlmName = "small" }, project);
        await Semantic.DeleteSetTypeAsync(setTypeId, project);

        types.Should().ContainSingle().Which.Should().Match<MemoryClients.MemMachine.Api.MemMachineSemanticSetType>(t => t.Id == setTypeId && t.Name == "per-user" && !t.IsOrgLevel);
        types[0].Tags.Should().Equal("user_id");
        again.Should().Be(user42, "the set is named by its tags' values only");
        user7.Should().NotBe(user42);
        only42.Should().ContainSingle().Which.Id.Should().Be(user42);
        only42[0].Name.Should().Be("per-user", "a set takes the name of the set type with its tags");
        all.Select(s => s.Id).Should().BeEquivalentTo([user42, user7]);
        (await Semantic.ListSetTypesAsync(project)).Should().BeEmpty();
        (await Semantic.Invoking(s => s.DeleteSetTypeAsync(setTypeId, project)).Should().ThrowAsync<MemoryNotFoundException>())
            .Which.ServiceMessage.Should().Be("Set type not found");
        (await Semantic.Invoking(s => s.ConfigureSetAsync("set_nope", new MemMachineConfigureSemanticSetOptions { LlmName = "m" }, project)).Should().ThrowAsync<MemoryNotFoundException>())
            .Which.ServiceMessage.Should().Be("Set not found");
    }

    [Fact]
    public async Task Category_templates_reach_every_set_of_their_type_until_a_set_disables_them()
    {
        var project = await NewProjectAsync();
        var setTypeId = await Semantic.CreateSetTypeAsync(["user_id"], project);
        var first = await Semantic.GetSetIdAsync(["user_id"], project, new MemMachineGetSemanticSetIdOptions { SetMetadata = new JsonObject { ["user_id"] = "1" } });
        var second = await Semantic.GetSetIdAsync(["user_id"], project, new MemMachineGetSemanticSetIdOptions { SetMetadata = new JsonObject { ["user_id"] = "2" } });

        var templateId = await Semantic.AddCategoryTemplateAsync(setTypeId, "allergies", "Extract allergies.", projectId: project);
        var templates = await Semantic.ListCategoryTemplatesAsync(setTypeId, project);
        var before = await Semantic.GetCategorySetIdsAsync(templateId, project);
        await Semantic.DisableCategoryAsync(second, "allergies", project);
        var after = await Semantic.GetCategorySetIdsAsync(templateId, project);

        templates.Should().ContainSingle().Which.Should().Match<MemoryClients.MemMachine.Api.MemMachineSemanticCategoryTemplate>(t =>
            t.Id == templateId && t.Name == "allergies" && t.OriginType == "set_type" && t.OriginId == setTypeId);
        before.Should().BeEquivalentTo([first, second]);
        after.Should().Equal(first);
    }

    [Fact]
    public async Task Categories_and_tags_are_added_read_and_deleted()
    {
        var project = await NewProjectAsync();
        var setId = await Semantic.GetSetIdAsync(["user_id"], project, new MemMachineGetSemanticSetIdOptions { SetMetadata = new JsonObject { ["user_id"] = "42" } });

        var categoryId = await Semantic.AddCategoryAsync(setId, "preferences", "Extract stable user preferences.", "Likes and dislikes", project);
        var category = await Semantic.GetCategoryAsync(categoryId, project);
        var setIds = await Semantic.GetCategorySetIdsAsync(categoryId, project);
        var tagId = await Semantic.AddTagAsync(categoryId, "cuisine", "Favourite cuisines", project);
        await Semantic.DeleteTagAsync(tagId, project);
        var tagGone = await Semantic.Invoking(s => s.DeleteTagAsync(tagId, project)).Should().ThrowAsync<MemoryNotFoundException>();
        await Semantic.DeleteCategoryAsync(categoryId, project);

        category.Should().Match<MemoryClients.MemMachine.Api.MemMachineSemanticCategory>(c =>
            c.Id == categoryId && c.Name == "preferences" && c.Prompt == "Extract stable user preferences." && c.Description == "Likes and dislikes");
        setIds.Should().Equal(setId);
        tagGone.Which.ServiceMessage.Should().Be("Tag not found");
        (await Semantic.Invoking(s => s.GetCategoryAsync(categoryId, project)).Should().ThrowAsync<MemoryNotFoundException>())
            .Which.ServiceMessage.Should().Be("Category not found");
        (await Semantic.Invoking(s => s.AddTagAsync(categoryId, "x", "y", project)).Should().ThrowAsync<MemoryNotFoundException>())
            .Which.ServiceMessage.Should().Be("Category not found");
    }

    [Fact]
    public async Task A_feature_added_by_hand_is_read_changed_listed_and_deleted()
    {
        var project = await NewProjectAsync();

        var featureId = await Semantic.AddFeatureAsync("set_1", "profile", "food", "dietary_restriction", "vegetarian", project,
            new MemMachineAddFeatureOptions { FeatureMetadata = new JsonObject { ["source"] = "intake_form" }, Citations = ["42"] });
        var plain = await Semantic.GetFeatureAsync(featureId, projectId: project);
        var cited = await Semantic.GetFeatureAsync(featureId, loadCitations: true, projectId: project);
        await Semantic.UpdateFeatureAsync(featureId, new MemMachineUpdateFeatureOptions { Value = "vegan", Metadata = new Dictionary<string, string> { ["source"] = "chat" } }, project);
        var changed = await Semantic.GetFeatureAsync(featureId, projectId: project);
        var listed = await _client.ListSemanticAsync(project).CollectAsync();
        await _client.DeleteSemanticAsync([featureId], project);

        plain.Should().Match<MemoryClients.MemMachine.Api.MemMachineSemanticFeature>(f =>
            f.SetId == "set_1" && f.Category == "profile" && f.Tag == "food" && f.FeatureName == "dietary_restriction" && f.Value == "vegetarian");
        plain.Metadata!.Id.Should().Be(featureId);
        plain.Metadata.Citations.Should().BeNull("citations come only when asked for");
        plain.Metadata.Other!["source"]!.GetValue<string>().Should().Be("intake_form");
        cited.Metadata!.Citations.Should().Equal("42");
        changed.Value.Should().Be("vegan");
        changed.FeatureName.Should().Be("dietary_restriction", "an update changes only the fields it names");
        changed.Metadata!.Other!["source"]!.GetValue<string>().Should().Be("chat");
        listed.Should().ContainSingle().Which.Metadata!.Id.Should().Be(featureId);
        (await Semantic.Invoking(s => s.GetFeatureAsync(featureId, projectId: project)).Should().ThrowAsync<MemoryNotFoundException>())
            .Which.ServiceMessage.Should().Be("Feature not found");
    }

    [Fact]
    public async Task Episodic_switches_start_on_and_keep_what_is_set()
    {
        var project = await NewProjectAsync();
        var config = _client.EpisodicConfig;

        var initial = await config.GetAsync(project);
        await config.ConfigureAsync(new MemMachineConfigureEpisodicMemoryOptions { ShortTermMemoryEnabled = false }, project);
        var shortTermOff = await config.IsShortTermEnabledAsync(project);
        await config.SetLongTermEnabledAsync(false, project);
        await config.SetShortTermEnabledAsync(true, project);
        var final = await config.GetAsync(project);

        initial.Should().Match<MemoryClients.MemMachine.Api.MemMachineEpisodicMemoryConfig>(c => c.Enabled && c.LongTermMemoryEnabled && c.ShortTermMemoryEnabled);
        shortTermOff.Should().BeFalse();
        (await config.IsLongTermEnabledAsync(project)).Should().BeFalse();
        final.Should().Match<MemoryClients.MemMachine.Api.MemMachineEpisodicMemoryConfig>(c => c.Enabled && !c.LongTermMemoryEnabled && c.ShortTermMemoryEnabled);
        (await config.Invoking(c => c.GetAsync(EndToEndFixture.NewId("missing"))).Should().ThrowAsync<MemoryNotFoundException>())
            .Which.ServiceMessage.Should().Be("Project not found");
    }

    [Fact]
    public async Task Deleting_a_project_deletes_its_semantic_configuration()
    {
        var project = await NewProjectAsync();
        await Semantic.CreateSetTypeAsync(["team_id"], project, new MemMachineCreateSemanticSetTypeOptions { IsOrgLevel = true });
        await Semantic.GetSetIdAsync(["team_id"], project, new MemMachineGetSemanticSetIdOptions { IsOrgLevel = true, SetMetadata = new JsonObject { ["team_id"] = "t" } });

        await _client.DeleteProjectAsync(project);
        await _client.CreateProjectAsync(project);

        (await Semantic.ListSetTypesAsync(project)).Should().BeEmpty();
        (await Semantic.ListSetsAsync(projectId: project)).Should().BeEmpty();
    }

    public void Dispose() => _client.Dispose();
}

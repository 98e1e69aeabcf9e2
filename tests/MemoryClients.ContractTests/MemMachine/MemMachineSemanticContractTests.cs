using System.Text.Json.Nodes;
using MemoryClients.ContractTests.Support;
using MemoryClients.Errors;
using MemoryClients.MemMachine.Api;

namespace MemoryClients.ContractTests.MemMachine;

/// <summary>The self-hosted semantic administration endpoints, through the raw API with the scope set by hand.</summary>
public sealed class MemMachineSemanticContractTests
{
    private const string Org = MemMachineContract.OrgId;
    private const string Project = MemMachineContract.ProjectId;
    private static readonly MemMachineProjectScope Scope = new() { OrgId = Org, ProjectId = Project };

    [Fact]
    public async Task Add_feature()
    {
        await using var contract = await ContractCase.StartAsync("memmachine/semantic-feature-add/self-hosted");
        using var client = MemMachineContract.SelfHosted(contract);

        var response = await client.V2.AddSemanticFeatureAsync(new MemMachineAddFeatureRequest
        {
            OrgId = Org,
            ProjectId = Project,
            SetId = "17",
            CategoryName = "profile",
            Tag = "food",
            Feature = "dietary_restriction",
            Value = "vegetarian",
            FeatureMetadata = new JsonObject { ["source"] = "intake_form" },
            Citations = ["42"],
        });

        contract.AssertSelfHostedRequest();
        contract.AssertResponseMapsTo<MemMachineAddFeatureResponse>(MemMachineJsonContext.Default);
        response.FeatureId.Should().Be("31");
    }

    [Fact]
    public async Task Get_feature_with_citations()
    {
        await using var contract = await ContractCase.StartAsync("memmachine/semantic-feature-get/self-hosted");
        using var client = MemMachineContract.SelfHosted(contract);

        var feature = await client.V2.GetSemanticFeatureAsync(new MemMachineGetFeatureRequest { OrgId = Org, ProjectId = Project, FeatureId = "31", LoadCitations = true });

        contract.AssertSelfHostedRequest();
        contract.AssertResponseMapsTo<MemMachineSemanticFeature>(MemMachineJsonContext.Default);
        feature.Metadata!.Citations.Should().Equal("42");
        feature.Metadata.Other!["source"]!.GetValue<string>().Should().Be("intake_form");
    }

    [Fact]
    public async Task Get_missing_feature_is_not_found()
    {
        await using var contract = await ContractCase.StartAsync("memmachine/semantic-feature-get/self-hosted-not-found");
        using var client = MemMachineContract.SelfHosted(contract);

        var error = (await client.V2.Invoking(api => api.GetSemanticFeatureAsync(new MemMachineGetFeatureRequest { OrgId = Org, ProjectId = Project, FeatureId = "999" }))
            .Should().ThrowExactlyAsync<MemoryNotFoundException>()).Which;

        contract.AssertSelfHostedRequest();
        error.ServiceMessage.Should().Be("Feature not found");
    }

    [Fact]
    public async Task Update_feature_sends_only_the_changed_fields()
    {
        await using var contract = await ContractCase.StartAsync("memmachine/semantic-feature-update/self-hosted");
        using var client = MemMachineContract.SelfHosted(contract);

        await client.V2.UpdateSemanticFeatureAsync(new MemMachineUpdateFeatureRequest
        {
            OrgId = Org,
            ProjectId = Project,
            FeatureId = "31",
            Value = "vegan",
            Metadata = new Dictionary<string, string> { ["source"] = "chat" },
        });

        contract.AssertSelfHostedRequest();
    }

    [Fact]
    public async Task Create_set_type()
    {
        await using var contract = await ContractCase.StartAsync("memmachine/semantic-set-type-create/self-hosted");
        using var client = MemMachineContract.SelfHosted(contract);

        var response = await client.V2.CreateSemanticSetTypeAsync(new MemMachineCreateSemanticSetTypeRequest
        {
            OrgId = Org,
            ProjectId = Project,
            IsOrgLevel = false,
            MetadataTags = ["user_id"],
            Name = "per-user",
            Description = "One set per user",
        });

        contract.AssertSelfHostedRequest();
        contract.AssertResponseMapsTo<MemMachineCreateSemanticSetTypeResponse>(MemMachineJsonContext.Default);
        response.SetTypeId.Should().Be("3");
    }

    [Fact]
    public async Task List_set_types()
    {
        await using var contract = await ContractCase.StartAsync("memmachine/semantic-set-type-list/self-hosted");
        using var client = MemMachineContract.SelfHosted(contract);

        var response = await client.V2.ListSemanticSetTypesAsync(Scope);

        contract.AssertSelfHostedRequest();
        contract.AssertResponseMapsTo<MemMachineListSemanticSetTypesResponse>(MemMachineJsonContext.Default);
        response.SetTypes.Select(t => t.Id).Should().Equal("3", "4");
        response.SetTypes[1].IsOrgLevel.Should().BeTrue();
        response.SetTypes[1].Name.Should().BeNull();
    }

    [Fact]
    public async Task Delete_set_type()
    {
        await using var contract = await ContractCase.StartAsync("memmachine/semantic-set-type-delete/self-hosted");
        using var client = MemMachineContract.SelfHosted(contract);

        await client.V2.DeleteSemanticSetTypeAsync(new MemMachineDeleteSemanticSetTypeRequest { OrgId = Org, ProjectId = Project, SetTypeId = "4" });

        contract.AssertSelfHostedRequest();
    }

    [Fact]
    public async Task Get_set_id()
    {
        await using var contract = await ContractCase.StartAsync("memmachine/semantic-set-id-get/self-hosted");
        using var client = MemMachineContract.SelfHosted(contract);

        var response = await client.V2.GetSemanticSetIdAsync(new MemMachineGetSemanticSetIdRequest
        {
            OrgId = Org,
            ProjectId = Project,
            MetadataTags = ["user_id"],
            SetMetadata = new JsonObject { ["user_id"] = "42" },
        });

        contract.AssertSelfHostedRequest();
        contract.AssertResponseMapsTo<MemMachineGetSemanticSetIdResponse>(MemMachineJsonContext.Default);
        response.SetId.Should().Be("mem_user_set_42");
    }

    [Fact]
    public async Task List_set_ids()
    {
        await using var contract = await ContractCase.StartAsync("memmachine/semantic-set-id-list/self-hosted");
        using var client = MemMachineContract.SelfHosted(contract);

        var response = await client.V2.ListSemanticSetIdsAsync(new MemMachineListSemanticSetIdsRequest
        {
            OrgId = Org,
            ProjectId = Project,
            SetMetadata = new JsonObject { ["user_id"] = "42" },
        });

        contract.AssertSelfHostedRequest();
        contract.AssertResponseMapsTo<MemMachineListSemanticSetIdsResponse>(MemMachineJsonContext.Default);
        response.Sets.Single().Tags.Should().Equal("user_id");
        response.Sets.Single().Description.Should().BeNull();
    }

    [Fact]
    public async Task Configure_set()
    {
        await using var contract = await ContractCase.StartAsync("memmachine/semantic-set-configure/self-hosted");
        using var client = MemMachineContract.SelfHosted(contract);

        await client.V2.ConfigureSemanticSetAsync(new MemMachineConfigureSemanticSetRequest
        {
            OrgId = Org,
            ProjectId = Project,
            SetId = "mem_user_set_42",
            EmbedderName = "openai_embedder",
            LlmName = "gpt-4o-mini",
        });

        contract.AssertSelfHostedRequest();
    }

    [Fact]
    public async Task Get_category()
    {
        await using var contract = await ContractCase.StartAsync("memmachine/semantic-category-get/self-hosted");
        using var client = MemMachineContract.SelfHosted(contract);

        var category = await client.V2.GetSemanticCategoryAsync(new MemMachineSemanticCategoryRequest { OrgId = Org, ProjectId = Project, CategoryId = "8" });

        contract.AssertSelfHostedRequest();
        contract.AssertResponseMapsTo<MemMachineSemanticCategory>(MemMachineJsonContext.Default);
        category.Prompt.Should().Be("Extract stable user preferences.");
    }

    [Fact]
    public async Task Add_category()
    {
        await using var contract = await ContractCase.StartAsync("memmachine/semantic-category-add/self-hosted");
        using var client = MemMachineContract.SelfHosted(contract);

        var response = await client.V2.AddSemanticCategoryAsync(new MemMachineAddSemanticCategoryRequest
        {
            OrgId = Org,
            ProjectId = Project,
            SetId = "mem_user_set_42",
            CategoryName = "preferences",
            Prompt = "Extract stable user preferences.",
            Description = "Likes and dislikes",
        });

        contract.AssertSelfHostedRequest();
        contract.AssertResponseMapsTo<MemMachineAddSemanticCategoryResponse>(MemMachineJsonContext.Default);
        response.CategoryId.Should().Be("8");
    }

    [Fact]
    public async Task Add_category_template()
    {
        await using var contract = await ContractCase.StartAsync("memmachine/semantic-category-template-add/self-hosted");
        using var client = MemMachineContract.SelfHosted(contract);

        var response = await client.V2.AddSemanticCategoryTemplateAsync(new MemMachineAddSemanticCategoryTemplateRequest
        {
            OrgId = Org,
            ProjectId = Project,
            SetTypeId = "3",
            CategoryName = "allergies",
            Prompt = "Extract allergies.",
        });

        contract.AssertSelfHostedRequest();
        contract.AssertResponseMapsTo<MemMachineAddSemanticCategoryResponse>(MemMachineJsonContext.Default);
        response.CategoryId.Should().Be("9");
    }

    [Fact]
    public async Task List_category_templates()
    {
        await using var contract = await ContractCase.StartAsync("memmachine/semantic-category-template-list/self-hosted");
        using var client = MemMachineContract.SelfHosted(contract);

        var response = await client.V2.ListSemanticCategoryTemplatesAsync(new MemMachineListSemanticCategoryTemplatesRequest { OrgId = Org, ProjectId = Project, SetTypeId = "3" });

        contract.AssertSelfHostedRequest();
        contract.AssertResponseMapsTo<MemMachineListSemanticCategoryTemplatesResponse>(MemMachineJsonContext.Default);
        response.Categories[0].OriginType.Should().Be("set_type");
        response.Categories[0].Inherited.Should().BeFalse();
        response.Categories[1].Id.Should().BeNull();
    }

    [Fact]
    public async Task Disable_category()
    {
        await using var contract = await ContractCase.StartAsync("memmachine/semantic-category-disable/self-hosted");
        using var client = MemMachineContract.SelfHosted(contract);

        await client.V2.DisableSemanticCategoryAsync(new MemMachineDisableSemanticCategoryRequest { OrgId = Org, ProjectId = Project, SetId = "mem_user_set_42", CategoryName = "profile" });

        contract.AssertSelfHostedRequest();
    }

    [Fact]
    public async Task Category_set_ids()
    {
        await using var contract = await ContractCase.StartAsync("memmachine/semantic-category-set-ids/self-hosted");
        using var client = MemMachineContract.SelfHosted(contract);

        var response = await client.V2.GetSemanticCategorySetIdsAsync(new MemMachineSemanticCategoryRequest { OrgId = Org, ProjectId = Project, CategoryId = "8" });

        contract.AssertSelfHostedRequest();
        contract.AssertResponseMapsTo<MemMachineGetSemanticCategorySetIdsResponse>(MemMachineJsonContext.Default);
        response.SetIds.Should().Equal("mem_user_set_42", "mem_user_set_7");
    }

    [Fact]
    public async Task Delete_category()
    {
        await using var contract = await ContractCase.StartAsync("memmachine/semantic-category-delete/self-hosted");
        using var client = MemMachineContract.SelfHosted(contract);

        await client.V2.DeleteSemanticCategoryAsync(new MemMachineSemanticCategoryRequest { OrgId = Org, ProjectId = Project, CategoryId = "8" });

        contract.AssertSelfHostedRequest();
    }

    [Fact]
    public async Task Add_tag()
    {
        await using var contract = await ContractCase.StartAsync("memmachine/semantic-tag-add/self-hosted");
        using var client = MemMachineContract.SelfHosted(contract);

        var response = await client.V2.AddSemanticTagAsync(new MemMachineAddSemanticTagRequest
        {
            OrgId = Org,
            ProjectId = Project,
            CategoryId = "8",
            TagName = "cuisine",
            TagDescription = "Favourite cuisines",
        });

        contract.AssertSelfHostedRequest();
        contract.AssertResponseMapsTo<MemMachineAddSemanticTagResponse>(MemMachineJsonContext.Default);
        response.TagId.Should().Be("21");
    }

    [Fact]
    public async Task Delete_tag()
    {
        await using var contract = await ContractCase.StartAsync("memmachine/semantic-tag-delete/self-hosted");
        using var client = MemMachineContract.SelfHosted(contract);

        await client.V2.DeleteSemanticTagAsync(new MemMachineDeleteSemanticTagRequest { OrgId = Org, ProjectId = Project, TagId = "21" });

        contract.AssertSelfHostedRequest();
    }
}

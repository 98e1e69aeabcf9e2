using MemoryClients.ContractTests.Support;
using MemoryClients.Mem0.Api;

namespace MemoryClients.ContractTests.Mem0;

/// <summary>Project calls ping first for the org and project ids; each fixture scripts that ping in <c>before</c>.</summary>
public sealed class ProjectContractTests
{
    [Fact]
    public async Task Get_reads_every_documented_project_field()
    {
        await using var contract = await ContractCase.StartAsync("mem0/project_get/all");
        using var client = Mem0Contract.Client(contract);

        var project = await client.Project.GetAsync();

        contract.AssertRequest();
        contract.AssertResponseMapsTo<Mem0Project>(Mem0JsonContext.Default);
        project.Name.Should().Be("Concierge");
        project.Members.Should().HaveCount(2);
        project.Members![1].Email.Should().Be("ana@example.com");
        project.CustomCategories![0]["travel"]!.GetValue<string>().Should().Be("Trips, places and bookings");
        project.SummaryBatchSize.Should().Be(50);
        project.Multilingual.Should().BeTrue();
        project.AgentCustomInstructions.Should().BeEmpty();
        project.UserRole.Should().Be(Mem0ProjectRole.Owner);
    }

    [Fact]
    public async Task Get_with_fields_repeats_the_fields_parameter()
    {
        await using var contract = await ContractCase.StartAsync("mem0/project_get/fields");
        using var client = Mem0Contract.Client(contract);

        var project = await client.Project.GetAsync(["custom_instructions", "custom_categories"]);

        contract.AssertRequest();
        contract.AssertResponseMapsTo<Mem0Project>(Mem0JsonContext.Default);
        project.CustomInstructions.Should().Be("Keep only durable preferences.");
        project.Name.Should().BeNull();
    }

    [Fact]
    public async Task Update_patches_only_the_set_fields()
    {
        await using var contract = await ContractCase.StartAsync("mem0/project_update/instructions");
        using var client = Mem0Contract.Client(contract);

        var result = await client.Project.UpdateAsync(new Mem0UpdateProjectRequest
        {
            CustomInstructions = "Keep only durable preferences.",
            AgentCustomInstructions = "",
            CustomCategories =
            [
                new Dictionary<string, string> { ["travel"] = "Trips, places and bookings" },
                new Dictionary<string, string> { ["food"] = "Dietary preferences" },
            ],
            Multilingual = true,
        });

        contract.AssertRequest();
        contract.AssertResponseMapsTo<Mem0ConfirmationResponse>(Mem0JsonContext.Default);
        result.Message.Should().Be("Project updated successfully");
    }

    [Fact]
    public async Task List_members()
    {
        await using var contract = await ContractCase.StartAsync("mem0/project_members_list/ok");
        using var client = Mem0Contract.Client(contract);

        var members = await client.Project.ListMembersAsync();

        contract.AssertRequest();
        contract.AssertResponseMapsTo<Mem0GetProjectMembersResponse>(Mem0JsonContext.Default);
        members.Select(m => (m.Username, m.Role)).Should().Equal(("dev", "OWNER"), ("ana", "READER"));
    }

    [Fact]
    public async Task Add_member_defaults_to_reader()
    {
        await using var contract = await ContractCase.StartAsync("mem0/project_members_add/default_reader");
        using var client = Mem0Contract.Client(contract);

        var result = await client.Project.AddMemberAsync("ana@example.com");

        contract.AssertRequest();
        contract.AssertResponseMapsTo<Mem0ConfirmationResponse>(Mem0JsonContext.Default);
        result.Message.Should().StartWith("User added");
    }

    [Fact]
    public async Task Update_member_role()
    {
        await using var contract = await ContractCase.StartAsync("mem0/project_members_update/owner");
        using var client = Mem0Contract.Client(contract);

        var result = await client.Project.UpdateMemberAsync("ana@example.com", Mem0ProjectRole.Owner);

        contract.AssertRequest();
        contract.AssertResponseMapsTo<Mem0ConfirmationResponse>(Mem0JsonContext.Default);
        result.Message.Should().Be("User role updated successfully.");
    }

    [Fact]
    public async Task Remove_member_sends_the_email_as_an_escaped_query()
    {
        await using var contract = await ContractCase.StartAsync("mem0/project_members_remove/by_email");
        using var client = Mem0Contract.Client(contract);

        var result = await client.Project.RemoveMemberAsync("ana@example.com");

        contract.AssertRequest();
        contract.AssertResponseMapsTo<Mem0ConfirmationResponse>(Mem0JsonContext.Default);
        result.Message.Should().Be("Member removed from the project");
    }

    [Fact]
    public async Task Create_posts_name_and_description_to_the_keys_organisation()
    {
        await using var contract = await ContractCase.StartAsync("mem0/project_create/named");
        using var client = Mem0Contract.Client(contract);

        var created = await client.Project.CreateAsync("support-bot", "Memories of the support assistant");

        contract.AssertRequest();
        contract.AssertResponseMapsTo<Mem0CreateProjectResponse>(Mem0JsonContext.Default);
        created.ProjectId.Should().Be("5b0d7f3e-2a47-4c8e-9d51-0f6a3c2e8b14");
    }

    [Fact]
    public async Task Delete_removes_the_named_project_of_the_keys_organisation()
    {
        await using var contract = await ContractCase.StartAsync("mem0/project_delete/by_id");
        using var client = Mem0Contract.Client(contract);

        var deleted = await client.Project.DeleteAsync("5b0d7f3e-2a47-4c8e-9d51-0f6a3c2e8b14");

        contract.AssertRequest();
        contract.AssertResponseMapsTo<Mem0ConfirmationResponse>(Mem0JsonContext.Default);
        deleted.Message.Should().Be("Project and related data deleted successfully.");
    }
}

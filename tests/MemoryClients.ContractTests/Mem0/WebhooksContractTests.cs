using MemoryClients.ContractTests.Support;
using MemoryClients.Mem0.Api;

namespace MemoryClients.ContractTests.Mem0;

public sealed class WebhooksContractTests
{
    [Fact]
    public async Task List_uses_the_pinged_project()
    {
        await using var contract = await ContractCase.StartAsync("mem0/webhooks-list/own-project");
        using var client = Mem0Contract.Client(contract);

        var hooks = await client.Webhooks.ListAsync();

        contract.AssertRequest();
        contract.AssertResponseMapsTo<IReadOnlyList<Mem0Webhook>>(Mem0JsonContext.Default);
        var hook = hooks.Should().ContainSingle().Subject;
        hook.WebhookId.Should().Be("wh_93c1");
        hook.EventTypes.Should().Equal(Mem0WebhookEventType.MemoryAdd, Mem0WebhookEventType.MemoryUpdate);
        hook.IsActive.Should().BeTrue();
    }

    [Fact]
    public async Task Create_posts_name_url_and_event_types_and_reads_201()
    {
        await using var contract = await ContractCase.StartAsync("mem0/webhooks-create/own-project");
        using var client = Mem0Contract.Client(contract);

        var hook = await client.Webhooks.CreateAsync("memory-sync", "https://hooks.example.com/mem0",
            [Mem0WebhookEventType.MemoryAdd, Mem0WebhookEventType.MemoryUpdate]);

        contract.AssertRequest();
        contract.AssertResponseMapsTo<Mem0Webhook>(Mem0JsonContext.Default);
        hook.Project.Should().Be("Concierge");
        hook.CreatedAt.Should().Be(new DateTimeOffset(2026, 3, 1, 12, 5, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task Update_puts_only_the_given_fields()
    {
        await using var contract = await ContractCase.StartAsync("mem0/webhooks-update/rename");
        using var client = Mem0Contract.Client(contract);

        var result = await client.Webhooks.UpdateAsync("wh_93c1", name: "memory-sync-v2", eventTypes:
            [Mem0WebhookEventType.MemoryAdd, Mem0WebhookEventType.MemoryUpdate, Mem0WebhookEventType.MemoryDelete, Mem0WebhookEventType.MemoryCategorize]);

        contract.AssertRequest();
        contract.AssertResponseMapsTo<Mem0ConfirmationResponse>(Mem0JsonContext.Default);
        result.Message.Should().Be("Webhook updated successfully");
    }

    [Fact]
    public async Task Delete()
    {
        await using var contract = await ContractCase.StartAsync("mem0/webhooks-delete/ok");
        using var client = Mem0Contract.Client(contract);

        var result = await client.Webhooks.DeleteAsync("wh_93c1");

        contract.AssertRequest();
        contract.AssertResponseMapsTo<Mem0ConfirmationResponse>(Mem0JsonContext.Default);
        result.Message.Should().Be("Webhook deleted successfully");
    }
}

using System.Text.Json.Nodes;
using MemoryClients.ContractTests.Support;
using MemoryClients.Errors;
using MemoryClients.Mem0.Api;

namespace MemoryClients.ContractTests.Mem0;

public sealed class ExportsContractTests
{
    private const string ExportId = "550e8400-e29b-41d4-a716-446655440000";

    [Fact]
    public async Task Create_sends_schema_filters_and_instructions_and_reads_201()
    {
        await using var contract = await ContractCase.StartAsync("mem0/exports_create/structured");
        using var client = Mem0Contract.Client(contract);
        var schema = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["home_city"] = new JsonObject { ["type"] = "string", ["description"] = "Where the user lives" },
                ["foods"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } },
            },
        };
        var filters = new JsonObject { ["AND"] = new JsonArray(new JsonObject { ["user_id"] = "alice" }) };

        var created = await client.Exports.CreateAsync(schema, filters, "Use the most recent value when facts conflict.");

        contract.AssertRequest();
        contract.AssertResponseMapsTo<Mem0CreateExportResponse>(Mem0JsonContext.Default);
        created.Id.Should().Be(ExportId);
        created.Message.Should().Contain("ready in a few seconds");
    }

    [Fact]
    public async Task Get_by_id_returns_the_schema_shaped_object()
    {
        await using var contract = await ContractCase.StartAsync("mem0/exports_get/by_id");
        using var client = Mem0Contract.Client(contract);

        var export = await client.Exports.GetAsync(ExportId);

        contract.AssertRequest();
        contract.AssertResponseMapsTo<JsonObject>(Mem0JsonContext.Default);
        export["home_city"]!.GetValue<string>().Should().Be("Lisbon");
        export["foods"]!.AsArray().Select(f => f!.GetValue<string>()).Should().Equal("pastel de nata", "grilled sardines");
    }

    [Fact]
    public async Task Get_by_filters()
    {
        await using var contract = await ContractCase.StartAsync("mem0/exports_get/by_filters");
        using var client = Mem0Contract.Client(contract);

        var export = await client.Exports.GetAsync(new JsonObject { ["user_id"] = "alice" });

        contract.AssertRequest();
        export["foods"]!.AsArray().Should().BeEmpty();
    }

    [Fact]
    public async Task A_pending_export_is_a_404()
    {
        await using var contract = await ContractCase.StartAsync("mem0/exports_get/pending");
        using var client = Mem0Contract.Client(contract);

        var error = await client.Invoking(c => c.Exports.GetAsync(ExportId)).Should().ThrowAsync<MemoryNotFoundException>();

        contract.AssertRequest();
        error.Which.ServiceMessage.Should().Be("No memory export request found");
    }
}

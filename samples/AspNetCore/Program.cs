using MemoryClients;
using MemoryClients.Emulator;

// A minimal API over IMemoryClient. With no key and no base address configured (the default), it starts the
// in-process emulator and talks to it; set Memory:ApiKey (or MEM0_API_KEY / MEMMACHINE_API_KEY) to use the real service.
var builder = WebApplication.CreateBuilder(args);
var memory = builder.Configuration.GetSection("Memory");

MemoryEmulator? emulator = null;
if (string.IsNullOrEmpty(memory["BaseAddress"]) && string.IsNullOrEmpty(memory["ApiKey"])
    && Environment.GetEnvironmentVariable("MEM0_API_KEY") is null && Environment.GetEnvironmentVariable("MEMMACHINE_API_KEY") is null)
{
    emulator = await MemoryEmulator.StartAsync();
    var memMachine = string.Equals(memory["Provider"], nameof(MemoryProvider.MemMachine), StringComparison.OrdinalIgnoreCase);
    builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Memory:ApiKey"] = "emulator",
        ["Memory:BaseAddress"] = (memMachine ? emulator.MemMachineBaseAddress : emulator.Mem0BaseAddress).ToString(),
    });
}

builder.Services.AddMemoryClient(memory);
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
var app = builder.Build();

app.MapPost("/users/{userId}/memories", async (string userId, RememberRequest request, IMemoryClient client, CancellationToken ct) =>
{
    var result = await client.AddAsync([MemoryMessage.User(request.Text)], MemoryScope.ForUser(userId), new MemoryAddOptions { Infer = request.Infer }, ct);
    return Results.Ok(result);
});

app.MapGet("/users/{userId}/memories/search", async (string userId, string q, int? top, IMemoryClient client, CancellationToken ct) =>
    Results.Ok(await client.SearchAsync(q, MemoryScope.ForUser(userId), new MemorySearchOptions { TopK = top ?? 5 }, ct)));

app.MapGet("/users/{userId}/memories", async (string userId, string? page, IMemoryClient client, CancellationToken ct) =>
{
    // One page at a time: the continuation token goes back to the caller.
    await foreach (var first in client.ListAsync(MemoryScope.ForUser(userId), new MemoryListOptions { PageSize = 20 }, ct).AsPages(page, ct))
        return Results.Ok(new { items = first.Items, next = first.ContinuationToken });
    return Results.Ok(new { items = Array.Empty<MemoryRecord>(), next = (string?)null });
});

app.MapDelete("/users/{userId}/memories", async (string userId, IMemoryClient client, CancellationToken ct) =>
{
    await client.DeleteAllAsync(MemoryScope.ForUser(userId), ct);
    return Results.NoContent();
});

app.MapGet("/capabilities", (IMemoryClient client) => Results.Ok(client.Capabilities));

await app.RunAsync();
if (emulator is not null)
    await emulator.DisposeAsync();

/// <summary>The body of a remember call.</summary>
/// <param name="Text">What the user said.</param>
/// <param name="Infer">Whether the service extracts facts (null: the provider's default).</param>
internal sealed record RememberRequest(string Text, bool? Infer = null);

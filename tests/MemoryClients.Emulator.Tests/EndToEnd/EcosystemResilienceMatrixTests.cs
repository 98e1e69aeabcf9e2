using MemoryClients.Errors;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace MemoryClients.Emulator.Tests.EndToEnd;

/// <summary>
/// The SDK registered with dependency injection next to the ecosystem's resilience handlers, as apps do: one logical call
/// gets at most MaxRetries + 1 tries and no write is sent twice, or the client refuses to start and says why. Every cell
/// counts the requests the emulator saw and the memories it stored, for the asynchronous and the synchronous client.
/// </summary>
public sealed class EcosystemResilienceMatrixTests
{
    private const int MaxRetries = 2;

    public enum Extra
    {
        /// <summary>The SDK alone.</summary>
        None,

        /// <summary><c>AddMemoryClient(...).AddStandardResilienceHandler()</c>: inside the SDK's retry.</summary>
        StandardOnBuilder,

        /// <summary><c>ConfigureHttpClientDefaults(b => b.AddStandardResilienceHandler())</c>, as Aspire's service defaults do.</summary>
        StandardByDefaults,

        /// <summary><c>AddMemoryClient(...).AddResilienceHandler("custom", ...)</c> with a retry of its own.</summary>
        CustomOnBuilder,
    }

    public enum Scenario
    {
        /// <summary>A search against an endpoint that always answers 503.</summary>
        ReadAgainstAlways503,

        /// <summary>A Mem0 add whose connection is reset after the emulator stored it.</summary>
        Mem0AddResetAfterStored,

        /// <summary>A Mem0 add answered 500 after the emulator stored it.</summary>
        Mem0Add500AfterStored,

        /// <summary>A MemMachine add whose response is lost after the emulator stored it.</summary>
        MemMachineAddResponseLost,
    }

    public static TheoryData<Extra, Scenario, bool> Cells()
    {
        var cells = new TheoryData<Extra, Scenario, bool>();
        foreach (var extra in Enum.GetValues<Extra>())
        foreach (var scenario in Enum.GetValues<Scenario>())
        foreach (var sync in new[] { false, true })
            cells.Add(extra, scenario, sync);
        return cells;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task One_logical_call_is_tried_at_most_MaxRetries_plus_one_times_and_no_write_is_stored_twice(Extra extra, Scenario scenario, bool sync)
    {
        await using var emulator = await MemoryEmulator.StartAsync();
        var provider = scenario == Scenario.MemMachineAddResponseLost ? MemoryProvider.MemMachine : MemoryProvider.Mem0;
        var services = new ServiceCollection();
        if (extra == Extra.StandardByDefaults)
            services.ConfigureHttpClientDefaults(b => b.AddStandardResilienceHandler());
        var builder = services.AddMemoryClient(o =>
        {
            o.Provider = provider;
            o.ApiKey = "emulator-key";
            o.BaseAddress = provider == MemoryProvider.Mem0 ? emulator.Mem0BaseAddress : emulator.MemMachineBaseAddress;
            o.ProjectId = provider == MemoryProvider.MemMachine ? "matrix" : null;
            o.Resilience = new MemoryResilienceOptions
            {
                MaxRetries = MaxRetries,
                BaseDelay = TimeSpan.FromMilliseconds(1),
                MaxDelay = TimeSpan.FromMilliseconds(5),
            };
        });
        if (extra == Extra.StandardOnBuilder)
            builder.AddStandardResilienceHandler();
        if (extra == Extra.CustomOnBuilder)
            builder.AddResilienceHandler("custom", p => p.AddRetry(new HttpRetryStrategyOptions { MaxRetryAttempts = 3, Delay = TimeSpan.Zero }));
        await using var container = services.BuildServiceProvider();

        if (extra is Extra.StandardOnBuilder or Extra.CustomOnBuilder)
        {
            var resolve = () => sync ? (object)container.GetRequiredService<MemoryClient>() : container.GetRequiredService<IMemoryClient>();
            resolve.Should().Throw<InvalidOperationException>()
                .WithMessage("*Microsoft.Extensions.Http.Resilience.ResilienceHandler*would multiply the tries and send writes twice*Remove that handler*ConfigurePipeline*");
            emulator.RequestLog.Entries.Should().BeEmpty();
            return;
        }

        var scope = MemoryScope.ForUser("u-" + Guid.NewGuid().ToString("N")[..12]);
        var (method, path, spec) = scenario switch
        {
            Scenario.ReadAgainstAlways503 => ("POST", "/mem0/v3/memories/search/", "status=503"),
            Scenario.Mem0AddResetAfterStored => ("POST", "/mem0/v3/memories/add/", "abort=after-processing"),
            Scenario.Mem0Add500AfterStored => ("POST", "/mem0/v3/memories/add/", "status=500; processed"),
            _ => ("POST", "/memmachine/v2/memories", "abort=after-processing"),
        };
        var asyncClient = container.GetRequiredService<IMemoryClient>();
        var syncClient = container.GetRequiredService<MemoryClient>();
        emulator.Faults.Add(method, path, spec);

        Exception? error = null;
        try
        {
            if (scenario == Scenario.ReadAgainstAlways503)
                await Run(sync, () => syncClient.Search("tea", scope), () => asyncClient.SearchAsync("tea", scope));
            else
                await Run(sync, () => syncClient.Add([MemoryMessage.User("I keep bees.")], scope, new MemoryAddOptions { Infer = false }),
                    () => asyncClient.AddAsync([MemoryMessage.User("I keep bees.")], scope, new MemoryAddOptions { Infer = false }));
        }
        catch (Exception e)
        {
            error = e;
        }

        var sent = emulator.RequestLog.Entries.Count(e => e.Path == path);
        emulator.Faults.Clear();
        var api = error.Should().BeAssignableTo<MemoryApiException>().Subject;
        if (scenario == Scenario.ReadAgainstAlways503)
        {
            api.Should().BeOfType<MemoryServerException>();
            sent.Should().Be(MaxRetries + 1);
            return;
        }
        api.RequestMayHaveBeenProcessed.Should().BeTrue("the service stored the memory before the answer was lost or failed");
        sent.Should().Be(1, "a write the service may have acted on is never sent again");
        var stored = new List<MemoryRecord>();
        await foreach (var record in asyncClient.ListAsync(scope))
            stored.Add(record);
        stored.Should().ContainSingle().Which.Text.Should().Contain("bees");
    }

    private static Task<T> Run<T>(bool sync, Func<T> blocking, Func<Task<T>> asynchronous) => sync
        ? Task.Factory.StartNew(blocking, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)
        : asynchronous();
}

using System.Diagnostics;
using MemoryClients.Errors;
using Xunit.Abstractions;

namespace MemoryClients.Tests.Reliability;

/// <summary>
/// Every fault the <see cref="FaultServer"/> can inject, against every operation kind, through the asynchronous and the
/// synchronous client: the attempts the server saw, the exception type and code, that no create was processed twice,
/// and that each call ends within its deadline.
/// </summary>
public sealed class FaultMatrixTests(ITestOutputHelper output)
{
    internal const int MaxRetries = 2;

    /// <summary>How a retried call is expected to end.</summary>
    public enum Kind
    {
        /// <summary>GET and search: retried on every transient failure.</summary>
        Read,
        /// <summary>PUT, DELETE and idempotent POSTs: retried like reads.</summary>
        IdempotentWrite,
        /// <summary>A write that creates data: retried only when the service provably did nothing.</summary>
        Create,
    }

    public sealed record Operation(string Name, MemoryProvider Provider, Kind Kind, bool Synchronous, bool HasBody, Func<AsyncMemoryClient, MemoryClient, CancellationToken, Task> Run)
    {
        public override string ToString() => $"{Name} ({(Synchronous ? "sync" : "async")})";
    }

    private static readonly MemoryScope Scope = MemoryScope.ForUser("alice");
    private static readonly MemoryMessage[] Messages = [MemoryMessage.User("I like tea")];

    public static IEnumerable<Operation> Operations()
    {
        foreach (var sync in new[] { false, true })
        {
            yield return new("search", MemoryProvider.Mem0, Kind.Read, sync, true, (a, s, t) => sync ? Task.FromResult(s.Search("tea", Scope, null, t)) : a.SearchAsync("tea", Scope, null, t));
            yield return new("list", MemoryProvider.Mem0, Kind.Read, sync, true, (a, s, t) => sync ? Task.FromResult(s.ListPage(Scope, null, null, t)) : FirstPageAsync(a, t));
            yield return new("get", MemoryProvider.Mem0, Kind.Read, sync, true, (a, s, t) => sync ? Task.FromResult(s.Get("m1", t)) : a.GetAsync("m1", t));
            yield return new("Mem0 add", MemoryProvider.Mem0, Kind.Create, sync, true, (a, s, t) => sync ? Task.FromResult(s.Add(Messages, Scope, null, t)) : a.AddAsync(Messages, Scope, null, t));
            yield return new("update", MemoryProvider.Mem0, Kind.IdempotentWrite, sync, true, (a, s, t) => sync ? Task.FromResult(s.Update("m1", new MemoryUpdateOptions { Text = "tea" }, t)) : a.UpdateAsync("m1", new MemoryUpdateOptions { Text = "tea" }, t));
            yield return new("delete", MemoryProvider.Mem0, Kind.IdempotentWrite, sync, true, (a, s, t) => Run(sync, () => s.Delete("m1", t), () => a.DeleteAsync("m1", t)));
            yield return new("MemMachine add", MemoryProvider.MemMachine, Kind.Create, sync, true, (a, s, t) => sync ? Task.FromResult(s.Add(Messages, Scope, null, t)) : a.AddAsync(Messages, Scope, null, t));
            yield return new("MemMachine delete", MemoryProvider.MemMachine, Kind.IdempotentWrite, sync, false, (a, s, t) => Run(sync, () => s.Delete("7", t), () => a.DeleteAsync("7", t)));
            // Projects have no synchronous API: the asynchronous client covers create-project.
            if (!sync)
                yield return new("MemMachine create-project", MemoryProvider.MemMachine, Kind.Create, sync, true, (a, _, t) => a.MemMachine!.CreateProjectAsync("support-2", null, t));
        }
    }

    private static async Task FirstPageAsync(AsyncMemoryClient client, CancellationToken cancellationToken)
    {
        await foreach (var _ in client.ListAsync(Scope, null, cancellationToken).AsPages(null, cancellationToken))
            return;
    }

    private static Task Run(bool sync, Action blocking, Func<Task> asynchronous)
    {
        if (!sync)
            return asynchronous();
        blocking();
        return Task.CompletedTask;
    }

    public static IEnumerable<FaultCase> Faults()
    {
        foreach (var fault in new[] { Fault.Refuse, Fault.ResetBeforeRequest, Fault.ResetAfterRequest, Fault.FinWithoutResponse, Fault.ResetMidBody,
                     Fault.StallMidBody, Fault.TruncatedJson, Fault.InvalidJson, Fault.Html, Fault.WrongShape, Fault.HugeDeclared, Fault.HugeStreamed })
            yield return new(fault);
        foreach (var status in new[] { 408, 429, 500, 502, 503, 504 })
        {
            yield return new(Fault.Status, status);
            yield return new(Fault.Status, status, "120");
        }
        yield return new(Fault.Status, 429, "0");
        yield return new(Fault.Status, 503, "0");
        yield return new(Fault.Redirect, 302);
        yield return new(Fault.Redirect, 307);
        yield return new(Fault.Redirect, 308);
    }

    /// <summary>The exception type and code a cell must end with (null type: success), and the requests the server must see.</summary>
    public static (Type? Type, string? Code, int Requests) Expected(FaultCase fault, Operation op)
    {
        var retried = op.Kind != Kind.Create;
        var tries = retried ? MaxRetries + 1 : 1;
        return fault.Fault switch
        {
            Fault.Refuse => (typeof(MemoryNetworkException), MemoryNetworkException.ConnectCode, 0),
            // Nothing reached the service, yet the client cannot know: a create is not re-sent.
            // The reset may land while the connection is still being set up (NET_CONNECT) or after (NET_GENERIC): see Matches.
            Fault.ResetBeforeRequest => (typeof(MemoryNetworkException), MemoryNetworkException.GenericCode, 0),
            Fault.ResetAfterRequest or Fault.FinWithoutResponse or Fault.ResetMidBody => (typeof(MemoryNetworkException), MemoryNetworkException.GenericCode, tries),
            Fault.StallMidBody => (typeof(MemoryNetworkException), MemoryNetworkException.TimeoutCode, tries),
            // A body-less answer is not read: MemMachine's delete succeeds whatever the 200 carries.
            Fault.TruncatedJson or Fault.InvalidJson or Fault.Html when !op.HasBody => (null, null, 1),
            Fault.TruncatedJson or Fault.InvalidJson or Fault.Html => (typeof(MemoryApiException), "INVALID_RESPONSE", 1),
            // {} is a complete answer to a delete (every member optional); every other operation requires members.
            Fault.WrongShape when op.Name is "delete" or "MemMachine delete" => (null, null, 1),
            Fault.WrongShape => (typeof(MemoryApiException), "INVALID_RESPONSE", 1),
            Fault.HugeDeclared or Fault.HugeStreamed => (typeof(MemoryApiException), "RESPONSE_TOO_LARGE", 1),
            Fault.Redirect => (typeof(MemoryRedirectException), $"HTTP_{fault.Status}", 1),
            // A Retry-After beyond what the client may wait ends the call at once.
            Fault.Status when fault.RetryAfter == "120" => (StatusType(fault.Status), $"HTTP_{fault.Status}", 1),
            // 429 and 503 say the service did nothing: every operation retries them.
            Fault.Status when fault.Status is 429 or 503 => (StatusType(fault.Status), $"HTTP_{fault.Status}", MaxRetries + 1),
            Fault.Status => (StatusType(fault.Status), $"HTTP_{fault.Status}", tries),
            _ => throw new ArgumentOutOfRangeException(nameof(fault)),
        };
    }

    private static Type StatusType(int status) => status switch
    {
        429 => typeof(MemoryRateLimitException),
        _ => typeof(MemoryServerException),
    };

    [Fact]
    public async Task Every_fault_against_every_operation_through_both_clients()
    {
        var cells = (from fault in Faults() from op in Operations() select (fault, op)).ToList();
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        await Parallel.ForEachAsync(cells, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (cell, _) =>
        {
            var problem = await RunCellAsync(cell.fault, cell.op);
            if (problem is not null)
                failures.Add($"{cell.fault} × {cell.op}: {problem}");
        });
        output.WriteLine($"fault matrix: {cells.Count - failures.Count}/{cells.Count} cells passed");
        failures.Should().BeEmpty();
    }

    private static async Task<string?> RunCellAsync(FaultCase fault, Operation op)
    {
        await using var server = new FaultServer(fault);
        var port = fault.Fault == Fault.Refuse ? FaultServer.ClosedPort() : server.Port;
        var options = Options(op.Provider, port);
        using var asyncClient = new AsyncMemoryClient(options);
        using var syncClient = new MemoryClient(options);
        var (type, code, requests) = Expected(fault, op);
        var watch = Stopwatch.StartNew();
        Exception? error = null;
        try
        {
            // A bound, not a timing assertion: a hang fails the cell instead of the run.
            // Synchronous calls block their thread: each gets its own, so they never starve the pool the timers run on.
            var call = op.Synchronous
                ? Task.Factory.StartNew(() => op.Run(asyncClient, syncClient, CancellationToken.None), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap()
                : Task.Run(() => op.Run(asyncClient, syncClient, CancellationToken.None));
            await call.WaitAsync(TimeSpan.FromSeconds(30));
        }
        catch (Exception e)
        {
            error = e;
        }
        var problems = new List<string>();
        if (type is null && error is not null)
            problems.Add($"expected success, got {error.GetType().Name} {(error as MemoryApiException)?.ErrorCode}: {error.Message}");
        var actualCode = (error as MemoryApiException)?.ErrorCode;
        var codeMatches = actualCode == code || (fault.Fault == Fault.ResetBeforeRequest && actualCode == MemoryNetworkException.ConnectCode);
        if (type is not null && (error is null || error.GetType() != type || !codeMatches))
            problems.Add($"expected {type.Name} {code}, got {error?.GetType().Name ?? "success"} {(error as MemoryApiException)?.ErrorCode}: {error?.Message}");
        if (error is TimeoutException)
            problems.Add("did not end within 30 s");
        var seen = server.Requests.Count;
        if (seen != requests)
            problems.Add($"server saw {seen} requests, expected {requests}");
        if (op.Kind == Kind.Create && fault is not { Fault: Fault.Status, Status: 429 or 503 } && seen > 1)
            problems.Add($"a create was processed {seen} times");
        return problems.Count == 0 ? null : string.Join("; ", problems);
    }

    internal static MemoryClientOptions Options(MemoryProvider provider, int port) => new()
    {
        Provider = provider,
        ApiKey = "fault-matrix-key",
        BaseAddress = new Uri(provider == MemoryProvider.MemMachine ? $"http://127.0.0.1:{port}/v2/" : $"http://127.0.0.1:{port}/"),
        ProjectId = provider == MemoryProvider.MemMachine ? "support" : null,
        Resilience = new MemoryResilienceOptions
        {
            MaxRetries = MaxRetries,
            BaseDelay = TimeSpan.FromMilliseconds(1),
            MaxDelay = TimeSpan.FromMilliseconds(5),
            MaxRetryAfter = TimeSpan.FromSeconds(10),
            AttemptTimeout = TimeSpan.FromSeconds(2),
            TotalTimeout = TimeSpan.FromSeconds(20),
            MaxResponseBytes = 64 * 1024,
        },
    };
}

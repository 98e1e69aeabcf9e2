using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using MemoryClients.Errors;

namespace MemoryClients.Tests.Reliability;

/// <summary>
/// The transport's edges on real sockets: a body that stalls mid-way on the blocking path, a connection reset the moment it is
/// accepted, a body without a declared length that passes the limit, a byte order mark, and the socket handler's own re-send.
/// </summary>
public sealed class TransportEdgeTests
{
    private static readonly MemoryScope Scope = MemoryScope.ForUser("alice");

    private static MemoryClientOptions LargeBodies(int port)
    {
        var options = FaultMatrixTests.Options(MemoryProvider.Mem0, port);
        options.Resilience.MaxResponseBytes = 8 * FaultServer.HugeBytes;
        return options;
    }

    private static Task<T> OnOwnThread<T>(Func<T> blocking) =>
        Task.Factory.StartNew(blocking, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    [Fact]
    public async Task A_synchronous_try_that_times_out_mid_body_ends_at_its_deadline_and_is_retried()
    {
        await using var server = new FaultServer(new FaultCase(Fault.StallMidLargeBody));
        var options = LargeBodies(server.Port);
        options.Resilience.MaxRetries = 2;
        // Each retry opens a new connection (the stalled one is closed, not drained), and the socket handler opens
        // connections on the thread pool: a try must be long enough for that while other tests keep the pool busy.
        options.Resilience.AttemptTimeout = TimeSpan.FromSeconds(1);
        using var client = new MemoryClient(options);
        var watch = Stopwatch.StartNew();

        var act = () => OnOwnThread(() => client.Search("tea", Scope)).WaitAsync(TimeSpan.FromSeconds(30));

        (await act.Should().ThrowAsync<MemoryNetworkException>()).Which.ErrorCode.Should().Be(MemoryNetworkException.TimeoutCode);
        server.Requests.Should().HaveCount(3, "a read stalled mid-body is retried like any other mid-body failure");
        // Three 1 s tries and two waits of a few milliseconds. A bound, not a benchmark: a try used to overrun its
        // deadline by 2 s while the socket handler drained the unread body, which would take this past 9 s.
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5.5));
    }

    [Fact]
    public async Task Synchronous_timeouts_mid_body_are_timeouts_every_time()
    {
        await using var server = new FaultServer(new FaultCase(Fault.StallMidLargeBody));
        var options = LargeBodies(server.Port);
        options.Resilience.MaxRetries = 0;
        options.Resilience.AttemptTimeout = TimeSpan.FromMilliseconds(100);
        using var client = new MemoryClient(options);

        for (var i = 0; i < 12; i++)
        {
            var watch = Stopwatch.StartNew();
            var act = () => OnOwnThread(() => client.ListPage(Scope)).WaitAsync(TimeSpan.FromSeconds(30));

            var error = (await act.Should().ThrowAsync<MemoryNetworkException>()).Which;
            error.ErrorCode.Should().Be(MemoryNetworkException.TimeoutCode, "run {0}: {1}", i, error.Message);
            watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(1), "run {0}", i);
        }
    }

    [Fact]
    public async Task Synchronous_cancels_mid_body_surface_as_cancellation_at_once_every_time()
    {
        await using var server = new FaultServer(new FaultCase(Fault.StallMidLargeBody));
        var options = LargeBodies(server.Port);
        options.Resilience.AttemptTimeout = TimeSpan.FromMinutes(1);
        options.Resilience.TotalTimeout = TimeSpan.FromMinutes(1);
        using var client = new MemoryClient(options);

        for (var i = 0; i < 12; i++)
        {
            using var cancellation = new CancellationTokenSource();
            var seen = server.Requests.Count;
            var call = OnOwnThread(() => client.Search("tea", Scope, null, cancellation.Token));
            while (server.Requests.Count == seen)
                await Task.Delay(5);
            await Task.Delay(30);
            var watch = Stopwatch.StartNew();
            await cancellation.CancelAsync();

            var act = () => call.WaitAsync(TimeSpan.FromSeconds(30));
            await act.Should().ThrowAsync<OperationCanceledException>("run {0}", i);
            watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(1), "run {0}: the cancelled body must not be drained", i);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Reads_are_retried_when_the_connection_is_reset_as_soon_as_it_is_accepted(bool sync)
    {
        await using var server = new FaultServer(new FaultCase(Fault.ResetBeforeRequest));
        using var asyncClient = new AsyncMemoryClient(FaultMatrixTests.Options(MemoryProvider.Mem0, server.Port));
        using var syncClient = new MemoryClient(FaultMatrixTests.Options(MemoryProvider.Mem0, server.Port));

        var act = () => sync ? OnOwnThread(() => syncClient.Get("m1")) : asyncClient.GetAsync("m1");

        await act.Should().ThrowAsync<MemoryNetworkException>();
        server.Connections.Should().Be(FaultMatrixTests.MaxRetries + 1);
        server.Requests.Should().BeEmpty();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_refused_connection_is_retried_and_never_said_to_have_been_processed(bool sync)
    {
        var options = FaultMatrixTests.Options(MemoryProvider.Mem0, FaultServer.ClosedPort());
        using var asyncClient = new AsyncMemoryClient(options);
        using var syncClient = new MemoryClient(options);

        var act = () => sync
            ? OnOwnThread(() => syncClient.Add([MemoryMessage.User("I like tea")], Scope))
            : asyncClient.AddAsync([MemoryMessage.User("I like tea")], Scope);

        var error = (await act.Should().ThrowAsync<MemoryNetworkException>()).Which;
        error.ErrorCode.Should().Be(MemoryNetworkException.ConnectCode);
        error.RequestMayHaveBeenProcessed.Should().BeFalse();
    }

    [Fact]
    public async Task A_body_without_a_declared_length_is_cut_at_the_limit_even_when_the_limit_is_not_a_power_of_two()
    {
        // 1,040,000 bytes against a 1,000,000-byte limit: a pooled buffer of 1,048,576 bytes used to take them all.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        var serve = Task.Run(async () =>
        {
            using var socket = await listener.AcceptSocketAsync();
            await socket.ReceiveAsync(new byte[64 * 1024], SocketFlags.None);
            var head = Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n");
            await socket.SendAsync(head, SocketFlags.None);
            var body = Encoding.ASCII.GetBytes("{\"results\":[], \"pad\": \"" + new string('x', 1_040_000) + "\"}");
            try
            {
                await socket.SendAsync(body, SocketFlags.None);
                socket.Shutdown(SocketShutdown.Both);
            }
            catch (SocketException)
            {
                // The client stopped reading at its limit.
            }
        });
        var options = FaultMatrixTests.Options(MemoryProvider.Mem0, port);
        options.Resilience.MaxResponseBytes = 1_000_000;
        using var client = new AsyncMemoryClient(options);

        var act = () => client.SearchAsync("tea", Scope);

        (await act.Should().ThrowAsync<MemoryApiException>()).Which.ErrorCode.Should().Be("RESPONSE_TOO_LARGE");
        await serve.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task A_body_with_a_byte_order_mark_is_read()
    {
        await using var server = new FaultServer(new FaultCase(Fault.Ok)) { Respond = _ => "\uFEFF{\"results\": [{\"id\": \"m1\", \"memory\": \"Likes tea\"}]}" };
        using var client = new AsyncMemoryClient(FaultMatrixTests.Options(MemoryProvider.Mem0, server.Port));

        var hits = await client.SearchAsync("tea", Scope);

        hits.Should().ContainSingle().Which.Text.Should().Be("Likes tea");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_body_less_request_is_never_sent_again_by_the_socket_handler_on_its_own(bool sync)
    {
        // The server reads each request and closes without answering: the socket handler would re-send a body-less
        // request up to three more times per try, unseen by MaxRetries.
        await using var server = new FaultServer(new FaultCase(Fault.FinWithoutResponse));
        var options = FaultMatrixTests.Options(MemoryProvider.Mem0, server.Port);
        options.Resilience.MaxRetries = 1;
        using var asyncClient = new AsyncMemoryClient(options);
        using var syncClient = new MemoryClient(options);

        var act = () => sync ? OnOwnThread(() => syncClient.Get("m1")) : asyncClient.GetAsync("m1");

        await act.Should().ThrowAsync<MemoryNetworkException>();
        server.Requests.Should().HaveCount(2, "one send per try, MaxRetries + 1 tries");
        server.Requests.Should().OnlyContain(r => r.Method == "GET");
    }
}

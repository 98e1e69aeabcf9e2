using MemoryClients.Errors;

namespace MemoryClients.Tests.Reliability;

/// <summary>What a call reports when its response was lost after the service acted, and how the synchronous client ends a stalled body.</summary>
public sealed class LostResponseTests
{
    [Fact]
    public async Task A_delete_retried_after_its_response_was_lost_succeeds_when_it_then_finds_nothing()
    {
        await using var server = new FaultServer((_, n) => n == 0 ? new FaultCase(Fault.ResetAfterRequest) : new FaultCase(Fault.Status, 404));
        using var client = new AsyncMemoryClient(FaultMatrixTests.Options(MemoryProvider.Mem0, server.Port));

        await client.DeleteAsync("m1");

        server.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task A_delete_whose_later_tries_fail_still_says_an_earlier_try_may_have_acted()
    {
        // Try 1 is processed and its response lost; tries 2 to 4 are refused (503, nothing done). The call fails, and must
        // not claim that nothing happened: the first try may have deleted.
        await using var server = new FaultServer((_, n) => n == 0 ? new FaultCase(Fault.FinWithoutResponse) : new FaultCase(Fault.Status, 503));
        var options = FaultMatrixTests.Options(MemoryProvider.MemMachine, server.Port);
        options.Resilience.MaxRetries = 3;
        using var client = new AsyncMemoryClient(options);

        var act = () => client.DeleteAsync("42");

        (await act.Should().ThrowAsync<MemoryServerException>()).Which.RequestMayHaveBeenProcessed.Should().BeTrue();
        server.Requests.Should().HaveCount(4);
    }

    [Fact]
    public async Task A_delete_that_finds_nothing_on_its_first_try_still_fails_as_not_found()
    {
        await using var server = new FaultServer(new FaultCase(Fault.Status, 404));
        using var client = new AsyncMemoryClient(FaultMatrixTests.Options(MemoryProvider.Mem0, server.Port));

        var act = () => client.DeleteAsync("m1");

        await act.Should().ThrowAsync<MemoryNotFoundException>();
    }

    [Fact]
    public async Task An_add_whose_response_was_lost_says_it_may_have_been_stored_and_is_not_resent()
    {
        await using var server = new FaultServer(new FaultCase(Fault.FinWithoutResponse));
        using var client = new AsyncMemoryClient(FaultMatrixTests.Options(MemoryProvider.MemMachine, server.Port));

        var act = () => client.AddAsync([MemoryMessage.User("I like tea")], MemoryScope.ForUser("alice"));

        (await act.Should().ThrowAsync<MemoryNetworkException>()).Which.RequestMayHaveBeenProcessed.Should().BeTrue();
        server.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task An_add_refused_with_503_says_nothing_was_stored()
    {
        await using var server = new FaultServer(new FaultCase(Fault.Status, 503));
        using var client = new AsyncMemoryClient(FaultMatrixTests.Options(MemoryProvider.MemMachine, server.Port));

        var act = () => client.AddAsync([MemoryMessage.User("I like tea")], MemoryScope.ForUser("alice"));

        (await act.Should().ThrowAsync<MemoryServerException>()).Which.RequestMayHaveBeenProcessed.Should().BeFalse();
    }

    [Fact]
    public async Task The_synchronous_client_stops_reading_a_stalled_body_when_its_token_is_cancelled()
    {
        await using var server = new FaultServer(new FaultCase(Fault.StallMidBody));
        var options = FaultMatrixTests.Options(MemoryProvider.Mem0, server.Port);
        options.Resilience.AttemptTimeout = TimeSpan.FromMinutes(5);
        options.Resilience.TotalTimeout = TimeSpan.FromMinutes(5);
        using var client = new MemoryClient(options);
        using var cancellation = new CancellationTokenSource();

        var call = Task.Factory.StartNew(() => client.ListPage(MemoryScope.ForUser("alice"), null, null, cancellation.Token),
            CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        while (server.Requests.Count == 0)
            await Task.Delay(10);
        await Task.Delay(50);
        await cancellation.CancelAsync();

        // A bound, not a timing assertion: without the fix the call stays blocked for the whole five-minute timeout.
        var act = () => call.WaitAsync(TimeSpan.FromSeconds(30));
        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task The_synchronous_client_ends_a_stalled_body_at_the_attempt_timeout()
    {
        await using var server = new FaultServer(new FaultCase(Fault.StallMidBody));
        var options = FaultMatrixTests.Options(MemoryProvider.Mem0, server.Port);
        options.Resilience.MaxRetries = 0;
        options.Resilience.AttemptTimeout = TimeSpan.FromMilliseconds(300);
        using var client = new MemoryClient(options);

        var call = Task.Factory.StartNew(() => client.Search("tea", MemoryScope.ForUser("alice")),
            CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        var act = () => call.WaitAsync(TimeSpan.FromSeconds(30));
        (await act.Should().ThrowAsync<MemoryNetworkException>()).Which.ErrorCode.Should().Be(MemoryNetworkException.TimeoutCode);
    }
}

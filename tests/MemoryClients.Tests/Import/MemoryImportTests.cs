using System.Net;
using System.Runtime.CompilerServices;
using MemoryClients.Errors;
using MemoryClients.Import;
using MemoryClients.Tests.Support;

namespace MemoryClients.Tests.Import;

public sealed class MemoryImportTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

    private static List<MemoryImportItem> Items(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new MemoryImportItem($"item {i}", MemoryScope.ForUser("alice")))];

    private static MemoryRateLimitException RateLimited(TimeSpan? retryAfter) => new("Too many requests.", MemoryProvider.Mem0, retryAfter);

    [Fact]
    public async Task Never_more_adds_in_flight_than_MaxConcurrency_and_every_item_is_sent_once()
    {
        var client = new FakeMemoryClient(async call =>
        {
            await Task.Delay(1);
            return new MemoryAddResult { Ids = [call.Text] };
        });

        var result = await client.ImportAsync(Items(60), new MemoryImportOptions { MaxConcurrency = 3 });

        client.Peak.Should().Be(3);
        result.PeakConcurrency.Should().Be(3);
        result.Stored.Should().Be(60);
        result.Read.Should().Be(60);
        result.AllStored.Should().BeTrue();
        client.Calls.Select(c => c.Text).Should().OnlyHaveUniqueItems().And.HaveCount(60);
    }

    [Fact]
    public async Task Each_item_maps_onto_one_add_with_its_scope_metadata_and_infer_and_no_client_retries()
    {
        var client = new FakeMemoryClient(FakeMemoryClient.Stored);
        var item = new MemoryImportItem([MemoryMessage.User("hi"), MemoryMessage.Assistant("hello")], MemoryScope.ForAgent("bot").AndRun("r1"))
        {
            Metadata = new Dictionary<string, string> { ["source"] = "kb" },
            Infer = false,
        };

        using var cancellation = new CancellationTokenSource();
        (await client.ImportAsync([item], cancellationToken: cancellation.Token)).Stored.Should().Be(1);

        var call = client.Calls.Should().ContainSingle().Subject;
        call.Messages.Should().Equal(item.Messages);
        call.Scope.Should().Be(item.Scope);
        call.Options!.Metadata.Should().BeSameAs(item.Metadata);
        call.Options.Infer.Should().BeFalse();
        call.Options.MaxRetries.Should().Be(0, "the importer retries throttled adds itself, pausing every worker");
        call.CancellationToken.CanBeCanceled.Should().BeFalse("an add that was sent runs to its answer");
    }

    [Fact]
    public async Task A_429_pauses_every_send_until_Retry_After_halves_the_concurrency_and_resends_the_item_once()
    {
        var time = new FakeTimeProvider();
        var client = new FakeMemoryClient(call => call is { Text: "item 2", SentBefore: 0 }
            ? Task.FromException<MemoryAddResult>(RateLimited(TimeSpan.FromSeconds(5)))
            : FakeMemoryClient.Stored(call));
        var reports = new List<MemoryImportProgress>();
        var progress = new SynchronousProgress<MemoryImportProgress>(reports.Add);

        // Every add answers at once, so the import runs on this thread until it waits on the pause.
        var import = client.ImportAsync(Items(20), new MemoryImportOptions { MaxConcurrency = 4, TimeProvider = time }, progress);
        await time.WaitForTimerWithinAsync(TimeSpan.FromSeconds(5)).WaitAsync(Guard);

        client.Calls.Should().HaveCount(4, "nothing is sent while the service asked to wait");
        reports.Last().PausedUntil.Should().Be(time.GetUtcNow() + TimeSpan.FromSeconds(5));
        time.Advance(TimeSpan.FromSeconds(5));
        var result = await import.WaitAsync(Guard);

        result.Stored.Should().Be(20);
        result.Throttled.Should().Be(1);
        result.AllStored.Should().BeTrue();
        client.Calls.Should().HaveCount(21);
        client.Calls.ElementAt(4).Text.Should().Be("item 2", "a throttled item is sent again first");
        time.RequestedDueTimes.Should().Equal(TimeSpan.FromSeconds(5));
        var concurrency = reports.Select(r => r.Concurrency).ToList();
        concurrency.Should().Contain(2, "a throttle halves the concurrency");
        concurrency.Last().Should().Be(4, "successes raise it back to MaxConcurrency");
    }

    [Fact]
    public async Task Throttles_in_a_row_without_Retry_After_double_the_pause()
    {
        var time = new FakeTimeProvider();
        var client = new FakeMemoryClient(call => call is { Text: "item 0", SentBefore: < 3 }
            ? Task.FromException<MemoryAddResult>(RateLimited(null))
            : FakeMemoryClient.Stored(call));

        var result = await time.DriveAsync(client.ImportAsync(Items(2),
            new MemoryImportOptions { MaxConcurrency = 1, BaseDelay = TimeSpan.FromSeconds(1), TimeProvider = time }));

        time.RequestedDueTimes.Should().Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4)]);
        result.Stored.Should().Be(2);
        result.Throttled.Should().Be(3);
        client.Calls.Count(c => c.Text == "item 0").Should().Be(4);
    }

    [Fact]
    public async Task Adds_throttled_together_are_one_signal_that_pauses_once_and_halves_the_concurrency_once()
    {
        var time = new FakeTimeProvider();
        var client = new FakeMemoryClient(call => call is { Text: "item 0" or "item 1" or "item 2" or "item 3", SentBefore: 0 }
            ? Task.FromException<MemoryAddResult>(RateLimited(null))
            : FakeMemoryClient.Stored(call));
        var reports = new List<MemoryImportProgress>();

        var result = await time.DriveAsync(client.ImportAsync(Items(8),
            new MemoryImportOptions { MaxConcurrency = 4, BaseDelay = TimeSpan.FromSeconds(1), TimeProvider = time },
            new SynchronousProgress<MemoryImportProgress>(reports.Add)));

        time.RequestedDueTimes.Should().Equal(TimeSpan.FromSeconds(1));
        reports.Select(r => r.Concurrency).Min().Should().Be(2);
        result.Stored.Should().Be(8);
        result.Throttled.Should().Be(4);
        client.Calls.Should().HaveCount(12);
    }

    [Fact]
    public async Task A_Retry_After_longer_than_MaxDelay_is_cut_to_it()
    {
        var time = new FakeTimeProvider();
        var client = new FakeMemoryClient(call => call.SentBefore == 0 && call.Text == "item 0"
            ? Task.FromException<MemoryAddResult>(RateLimited(TimeSpan.FromHours(2)))
            : FakeMemoryClient.Stored(call));

        var result = await time.DriveAsync(client.ImportAsync(Items(2), new MemoryImportOptions { MaxDelay = TimeSpan.FromSeconds(30), TimeProvider = time }));

        time.RequestedDueTimes.Should().Equal(TimeSpan.FromSeconds(30));
        result.Stored.Should().Be(2);
    }

    [Fact]
    public async Task A_503_and_a_connection_that_never_opened_are_throttles_and_an_item_throttled_past_MaxRetries_fails()
    {
        var time = new FakeTimeProvider();
        var unavailable = new MemoryServerException("Unavailable.", MemoryProvider.Mem0, HttpStatusCode.ServiceUnavailable)
        {
            ResponseHeaders = new Dictionary<string, string> { ["Retry-After"] = "7" },
        };
        var client = new FakeMemoryClient(call => (call.Text, call.SentBefore) switch
        {
            ("item 0", 0) => Task.FromException<MemoryAddResult>(unavailable),
            ("item 1", 0) => Task.FromException<MemoryAddResult>(new MemoryNetworkException("Refused.", MemoryProvider.Mem0, MemoryNetworkException.ConnectCode)),
            ("item 2", _) => Task.FromException<MemoryAddResult>(RateLimited(TimeSpan.FromSeconds(1))),
            _ => FakeMemoryClient.Stored(call),
        });

        var result = await time.DriveAsync(client.ImportAsync(Items(4), new MemoryImportOptions { MaxConcurrency = 1, MaxRetries = 2, TimeProvider = time }));

        time.RequestedDueTimes[0].Should().Be(TimeSpan.FromSeconds(7), "a 503's Retry-After is honoured");
        result.Stored.Should().Be(3);
        result.Throttled.Should().Be(5);
        var failure = result.Failed.Should().ContainSingle().Subject;
        failure.Index.Should().Be(2);
        failure.Error.Should().BeOfType<MemoryRateLimitException>();
        client.Calls.Count(c => c.Text == "item 2").Should().Be(3, "sent once and retried MaxRetries times");
        result.MayHaveBeenStored.Should().BeEmpty();
    }

    [Fact]
    public async Task Every_item_lands_in_exactly_one_account_and_one_that_may_have_been_stored_is_never_sent_again()
    {
        var failures = new Dictionary<string, Exception>
        {
            ["item 1"] = new MemoryValidationException("Bad metadata.", MemoryProvider.Mem0, HttpStatusCode.BadRequest),
            ["item 2"] = new MemoryServerException("Failed after storing.", MemoryProvider.Mem0, HttpStatusCode.InternalServerError) { RequestMayHaveBeenProcessed = true },
            ["item 3"] = new MemoryNetworkException("Timed out.", MemoryProvider.Mem0, MemoryNetworkException.TimeoutCode) { RequestMayHaveBeenProcessed = true },
            ["item 4"] = new ArgumentException("The scope needs an id.", "scope"),
            ["item 5"] = new InvalidOperationException("A handler of the app failed."),
            ["item 6"] = new MemoryAuthenticationException("Bad key.", MemoryProvider.Mem0, HttpStatusCode.Unauthorized),
        };
        var client = new FakeMemoryClient(call => failures.TryGetValue(call.Text, out var error)
            ? Task.FromException<MemoryAddResult>(error)
            : FakeMemoryClient.Stored(call));

        var result = await client.ImportAsync(Items(9), new MemoryImportOptions { MaxConcurrency = 2 });

        result.Stored.Should().Be(3);
        result.Failed.Select(f => (f.Index, f.Item.Messages[0].Content)).Should().BeEquivalentTo([(1L, "item 1"), (4L, "item 4"), (6L, "item 6")]);
        result.Failed.Single(f => f.Index == 1).Error.Should().BeSameAs(failures["item 1"]);
        result.MayHaveBeenStored.Select(f => f.Index).Should().BeEquivalentTo([2L, 3L, 5L], "an unknown error may have followed the request to the service");
        result.Throttled.Should().Be(0);
        result.AllStored.Should().BeFalse();
        client.Calls.Select(c => c.Text).Should().OnlyHaveUniqueItems().And.HaveCount(9);
    }

    [Fact]
    public async Task Cancelling_stops_reading_and_sending_lets_the_adds_in_flight_finish_and_counts_them()
    {
        var gates = new List<TaskCompletionSource<MemoryAddResult>>();
        var started = new SemaphoreSlim(0);
        var client = new FakeMemoryClient(call =>
        {
            var gate = new TaskCompletionSource<MemoryAddResult>(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (gates) gates.Add(gate);
            started.Release();
            return gate.Task;
        });
        using var cancellation = new CancellationTokenSource();
        var read = 0;

        var import = client.ImportAsync(Endless(() => read++), new MemoryImportOptions { MaxConcurrency = 3 }, cancellationToken: cancellation.Token);
        for (var i = 0; i < 3; i++) (await started.WaitAsync(Guard)).Should().BeTrue();
        cancellation.Cancel();
        await Task.Delay(20);
        import.IsCompleted.Should().BeFalse("the adds already sent are awaited");
        lock (gates)
        {
            gates[0].SetResult(new MemoryAddResult());
            gates[1].SetException(new MemoryServerException("Failed after storing.", MemoryProvider.Mem0, HttpStatusCode.BadGateway) { RequestMayHaveBeenProcessed = true });
            gates[2].SetResult(new MemoryAddResult());
        }
        var result = await import.WaitAsync(Guard);

        client.Calls.Should().HaveCount(3, "nothing is sent after cancellation");
        read.Should().Be(3);
        result.IsCancelled.Should().BeTrue();
        result.Read.Should().Be(3);
        result.Stored.Should().Be(2);
        result.MayHaveBeenStored.Should().ContainSingle().Which.Index.Should().Be(1);
        result.NotSent.Should().BeEmpty();
        result.AllStored.Should().BeFalse();
    }

    [Fact]
    public async Task Cancelling_during_a_pause_reports_the_item_waiting_to_be_resent_as_not_sent()
    {
        var time = new FakeTimeProvider();
        var client = new FakeMemoryClient(call => call.Text == "item 1"
            ? Task.FromException<MemoryAddResult>(RateLimited(TimeSpan.FromMinutes(1)))
            : FakeMemoryClient.Stored(call));
        using var cancellation = new CancellationTokenSource();

        var import = client.ImportAsync(Items(5), new MemoryImportOptions { MaxConcurrency = 2, TimeProvider = time }, cancellationToken: cancellation.Token);
        await time.WaitForTimerWithinAsync(TimeSpan.FromMinutes(1)).WaitAsync(Guard);
        cancellation.Cancel();
        var result = await import.WaitAsync(Guard);

        result.IsCancelled.Should().BeTrue();
        result.Stored.Should().Be(1);
        result.Read.Should().Be(2);
        var waiting = result.NotSent.Should().ContainSingle().Subject;
        waiting.Index.Should().Be(1);
        waiting.Error.Should().BeOfType<MemoryRateLimitException>();
        client.Calls.Should().HaveCount(2);
    }

    [Fact]
    public async Task A_cancellation_after_the_source_ended_and_while_the_last_add_was_in_flight_is_not_a_cancelled_import()
    {
        using var cancellation = new CancellationTokenSource();
        var exhausted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        IEnumerable<MemoryImportItem> Source()
        {
            foreach (var item in Items(2)) yield return item;
            exhausted.SetResult();
        }
        var client = new FakeMemoryClient(async call =>
        {
            if (call.Text == "item 1")
            {
                await exhausted.Task;
                await cancellation.CancelAsync();
            }
            return new MemoryAddResult();
        });

        var result = await client.ImportAsync(Source(), cancellationToken: cancellation.Token).WaitAsync(Guard);

        cancellation.IsCancellationRequested.Should().BeTrue();
        result.IsCancelled.Should().BeFalse();
        result.AllStored.Should().BeTrue();
    }

    [Theory]
    [InlineData(0, 10, "options.MaxConcurrency")]
    [InlineData(65, 10, "options.MaxConcurrency")]
    [InlineData(4, -1, "options.MaxRetries")]
    [InlineData(4, 101, "options.MaxRetries")]
    public async Task Options_out_of_range_are_refused_before_anything_is_read(int concurrency, int retries, string parameter)
    {
        var client = new FakeMemoryClient(FakeMemoryClient.Stored);
        var read = 0;

        var act = () => client.ImportAsync(Endless(() => read++), new MemoryImportOptions { MaxConcurrency = concurrency, MaxRetries = retries });

        (await act.Should().ThrowAsync<ArgumentOutOfRangeException>()).Which.ParamName.Should().Be(parameter);
        read.Should().Be(0);
    }

    [Fact]
    public async Task Negative_delays_and_a_missing_client_or_source_are_refused()
    {
        var client = new FakeMemoryClient(FakeMemoryClient.Stored);

        (await FluentActions.Awaiting(() => client.ImportAsync(Items(1), new MemoryImportOptions { BaseDelay = TimeSpan.FromSeconds(-1) }))
            .Should().ThrowAsync<ArgumentOutOfRangeException>()).Which.ParamName.Should().Be("options.BaseDelay");
        (await FluentActions.Awaiting(() => client.ImportAsync(Items(1), new MemoryImportOptions { MaxDelay = TimeSpan.FromDays(2) }))
            .Should().ThrowAsync<ArgumentOutOfRangeException>()).Which.ParamName.Should().Be("options.MaxDelay");
        (await FluentActions.Awaiting(() => ((IMemoryClient)null!).ImportAsync(Items(1)))
            .Should().ThrowAsync<ArgumentNullException>()).Which.ParamName.Should().Be("client");
        (await FluentActions.Awaiting(() => client.ImportAsync((IEnumerable<MemoryImportItem>)null!))
            .Should().ThrowAsync<ArgumentNullException>()).Which.ParamName.Should().Be("items");
        client.Calls.Should().BeEmpty();
    }

    [Fact]
    public async Task Progress_counts_what_settled_and_knows_the_total_of_a_collection()
    {
        var client = new FakeMemoryClient(call => call.Text == "item 1"
            ? Task.FromException<MemoryAddResult>(new MemoryValidationException("Bad.", MemoryProvider.Mem0, HttpStatusCode.BadRequest))
            : FakeMemoryClient.Stored(call));
        var reports = new List<MemoryImportProgress>();

        await client.ImportAsync(Items(5), new MemoryImportOptions { MaxConcurrency = 1 }, new SynchronousProgress<MemoryImportProgress>(reports.Add));

        reports.Should().OnlyContain(r => r.Total == 5 && r.InFlight <= 1);
        reports.Select(r => r.Done).Should().BeInAscendingOrder();
        var last = reports.Last();
        (last.Read, last.Stored, last.Failed, last.MayHaveBeenStored, last.Done, last.InFlight).Should().Be((5L, 4L, 1L, 0L, 5L, 0));
    }

    private static async IAsyncEnumerable<MemoryImportItem> Endless(Func<int> next, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return new MemoryImportItem($"item {next()}", MemoryScope.ForUser("alice"));
        }
    }

    /// <summary>Reports on the import's own thread (one at a time, in order), where <see cref="Progress{T}"/> would post them.</summary>
    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}

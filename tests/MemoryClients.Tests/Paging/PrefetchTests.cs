using MemoryClients.Paging;

namespace MemoryClients.Tests.Paging;

/// <summary>Fetching one page ahead: when it starts, what the caller sees on errors and cancellation, and what stops it.</summary>
public sealed class PrefetchTests
{
    /// <summary>Pages 1..<c>last</c> behind gates the test opens; every request is recorded with its token.</summary>
    private sealed class GatedPages(int last)
    {
        private readonly Dictionary<int, TaskCompletionSource<Page<int>>> _gates = [];

        public List<(int Page, CancellationToken Token)> Requests { get; } = [];

        public int InFlight { get; private set; }

        public int MaxInFlight { get; private set; }

        public AsyncPageable<int> Pageable => AsyncPageable.Create<int>(FetchAsync);

        public void Complete(int page) => Gate(page).TrySetResult(new Page<int>([page], page < last ? (page + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : null));

        public void Fail(int page, Exception error) => Gate(page).TrySetException(error);

        public void CompleteAll()
        {
            for (var page = 1; page <= last; page++)
                Complete(page);
        }

        private TaskCompletionSource<Page<int>> Gate(int page)
        {
            lock (_gates)
            {
                if (!_gates.TryGetValue(page, out var gate))
                    _gates[page] = gate = new TaskCompletionSource<Page<int>>(TaskCreationOptions.RunContinuationsAsynchronously);
                return gate;
            }
        }

        private async Task<Page<int>> FetchAsync(string? token, CancellationToken cancellationToken)
        {
            var page = token is null ? 1 : int.Parse(token, System.Globalization.CultureInfo.InvariantCulture);
            Requests.Add((page, cancellationToken));
            InFlight++;
            MaxInFlight = Math.Max(MaxInFlight, InFlight);
            try
            {
                return await Gate(page).Task.WaitAsync(cancellationToken);
            }
            finally
            {
                InFlight--;
            }
        }
    }

    [Fact]
    public async Task The_next_page_is_requested_as_each_page_is_handed_over()
    {
        var pages = new GatedPages(last: 4);
        pages.CompleteAll();
        await using var walk = pages.Pageable.AsPages().GetAsyncEnumerator();

        (await walk.MoveNextAsync()).Should().BeTrue();
        walk.Current.Items.Should().Equal(1);
        pages.Requests.Select(r => r.Page).Should().Equal(new[] { 1, 2 }, "page 2 is requested as page 1 is handed over");

        (await walk.MoveNextAsync()).Should().BeTrue();
        walk.Current.Items.Should().Equal(2);
        pages.Requests.Select(r => r.Page).Should().Equal(1, 2, 3);

        (await walk.MoveNextAsync()).Should().BeTrue();
        walk.Current.Items.Should().Equal(3);
        pages.Requests.Select(r => r.Page).Should().Equal(1, 2, 3, 4);
    }

    [Fact]
    public async Task Reading_only_the_first_page_without_prefetch_costs_one_request()
    {
        var pages = new GatedPages(last: 3);
        pages.CompleteAll();

        await foreach (var page in pages.Pageable.WithPrefetch(false).AsPages())
        {
            page.Items.Should().Equal(1);
            break;
        }

        pages.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task Every_item_arrives_once_and_in_order_and_the_last_page_ends_the_walk()
    {
        var pages = new GatedPages(last: 5);
        pages.CompleteAll();

        var items = await pages.Pageable.ToListAsync();

        items.Should().Equal(1, 2, 3, 4, 5);
        pages.Requests.Select(r => r.Page).Should().Equal(1, 2, 3, 4, 5);
        pages.MaxInFlight.Should().Be(1, "one request at a time, never two");
    }

    [Fact]
    public async Task An_error_fetching_ahead_surfaces_when_the_caller_asks_for_that_page()
    {
        var pages = new GatedPages(last: 4);
        pages.Complete(1);
        pages.Complete(2);
        pages.Fail(3, new HttpRequestException("page 3 failed"));
        await using var walk = pages.Pageable.AsPages().GetAsyncEnumerator();

        (await walk.MoveNextAsync()).Should().BeTrue();
        (await walk.MoveNextAsync()).Should().BeTrue();
        walk.Current.Items.Should().Equal(new[] { 2 }, "page 2 is delivered although the request for page 3 already failed");

        var next = async () => await walk.MoveNextAsync();
        await next.Should().ThrowAsync<HttpRequestException>().WithMessage("page 3 failed");
        pages.Requests.Select(r => r.Page).Should().Equal(1, 2, 3);
    }

    [Fact]
    public async Task Cancelling_while_holding_a_page_cancels_the_fetch_ahead_and_fails_the_next_request_for_a_page()
    {
        using var cts = new CancellationTokenSource();
        var pages = new GatedPages(last: 4);
        pages.Complete(1);
        pages.Complete(2);
        await using var walk = pages.Pageable.AsPages(cancellationToken: cts.Token).GetAsyncEnumerator();
        await walk.MoveNextAsync();
        await walk.MoveNextAsync();
        var ahead = pages.Requests[^1];
        ahead.Page.Should().Be(3);

        await cts.CancelAsync();

        ahead.Token.IsCancellationRequested.Should().BeTrue();
        var next = async () => await walk.MoveNextAsync();
        await next.Should().ThrowAsync<OperationCanceledException>();
        pages.Requests.Should().HaveCount(3, "nothing is requested after the cancellation");
    }

    [Fact]
    public async Task Stopping_the_walk_cancels_the_fetch_in_flight_and_requests_nothing_more()
    {
        var pages = new GatedPages(last: 10);
        pages.Complete(1);
        pages.Complete(2);

        await foreach (var page in pages.Pageable.AsPages())
        {
            if (page.Items[0] == 2)
                break;
        }

        pages.Requests.Select(r => r.Page).Should().Equal(1, 2, 3);
        pages.Requests[^1].Token.IsCancellationRequested.Should().BeTrue("the read-ahead of page 3 is abandoned");
        pages.InFlight.Should().Be(0, "the walk waits for the abandoned request before it ends");
    }

    [Fact]
    public async Task Stopping_the_walk_does_not_throw_the_error_of_a_page_nobody_asked_for()
    {
        var pages = new GatedPages(last: 10);
        pages.Complete(1);
        pages.Complete(2);
        pages.Fail(3, new InvalidOperationException("never seen"));

        var walk = async () =>
        {
            await foreach (var page in pages.Pageable.AsPages())
            {
                if (page.Items[0] == 2)
                    break;
            }
        };

        await walk.Should().NotThrowAsync();
    }

    [Fact]
    public async Task Without_prefetch_a_page_is_requested_only_when_the_caller_asks_for_it()
    {
        var pages = new GatedPages(last: 4);
        pages.CompleteAll();
        await using var walk = pages.Pageable.WithPrefetch(false).AsPages().GetAsyncEnumerator();

        await walk.MoveNextAsync();
        await walk.MoveNextAsync();
        await walk.MoveNextAsync();

        walk.Current.Items.Should().Equal(3);
        pages.Requests.Select(r => r.Page).Should().Equal(1, 2, 3);
    }

    [Fact]
    public async Task Stopping_after_the_first_page_cancels_the_read_ahead()
    {
        var pages = new GatedPages(last: 4);
        pages.Complete(1);

        await foreach (var page in pages.Pageable.AsPages())
            break;

        pages.Requests.Select(r => r.Page).Should().Equal(1, 2);
        pages.Requests[1].Token.IsCancellationRequested.Should().BeTrue();
        pages.InFlight.Should().Be(0);
    }

    [Fact]
    public async Task Prefetch_can_be_turned_back_on_and_items_walk_the_same()
    {
        var pages = new GatedPages(last: 3);
        pages.CompleteAll();

        var items = await pages.Pageable.WithPrefetch(false).WithPrefetch(true).ToListAsync();

        items.Should().Equal(1, 2, 3);
    }

    [Fact]
    public async Task A_pageable_written_by_hand_reads_ahead_when_asked_to()
    {
        var pages = new GatedPages(last: 4);
        pages.CompleteAll();
        var handWritten = new HandWrittenPageable(pages.Pageable.WithPrefetch(false));

        handWritten.WithPrefetch(false).Should().BeSameAs(handWritten);
        var prefetching = handWritten.WithPrefetch(true);
        await using var walk = prefetching.AsPages().GetAsyncEnumerator();
        await walk.MoveNextAsync();
        pages.Requests.Select(r => r.Page).Should().Equal(1, 2);
        await walk.MoveNextAsync();

        pages.Requests.Select(r => r.Page).Should().Equal(1, 2, 3);
        prefetching.WithPrefetch(false).Should().BeSameAs(handWritten);
    }

    private sealed class HandWrittenPageable(AsyncPageable<int> inner) : AsyncPageable<int>
    {
        public override IAsyncEnumerable<Page<int>> AsPages(string? continuationToken = null, CancellationToken cancellationToken = default) =>
            inner.AsPages(continuationToken, cancellationToken);
    }
}

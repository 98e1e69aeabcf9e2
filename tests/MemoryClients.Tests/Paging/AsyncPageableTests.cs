using MemoryClients.Paging;

namespace MemoryClients.Tests.Paging;

public sealed class AsyncPageableTests
{
    [Fact]
    public async Task Items_are_walked_across_pages_until_the_token_runs_out()
    {
        var asked = new List<string?>();
        var pageable = AsyncPageable.Create<int>((token, _) =>
        {
            asked.Add(token);
            return Task.FromResult(token switch
            {
                null => new Page<int>([1, 2], "p2", 5),
                "p2" => new Page<int>([3, 4], "p3", 5),
                _ => new Page<int>([5], null, 5),
            });
        });

        var items = await pageable.ToListAsync();

        items.Should().Equal(1, 2, 3, 4, 5);
        asked.Should().Equal(null, "p2", "p3");
    }

    [Fact]
    public async Task An_empty_page_ends_the_walk_even_with_a_token()
    {
        var calls = 0;
        var pageable = AsyncPageable.Create<int>((_, _) => Task.FromResult(++calls == 1 ? new Page<int>([1], "more") : new Page<int>([], "more")));

        (await pageable.ToListAsync()).Should().Equal(1);
        calls.Should().Be(2);
    }

    [Fact]
    public async Task Nothing_is_fetched_until_enumeration_starts_and_pages_come_one_at_a_time()
    {
        var calls = 0;
        var pageable = AsyncPageable.Create<int>((token, _) => Task.FromResult(++calls < 3 ? new Page<int>([calls], "next") : new Page<int>([calls], null)));
        calls.Should().Be(0);

        await using var pages = pageable.WithPrefetch(false).AsPages().GetAsyncEnumerator();
        (await pages.MoveNextAsync()).Should().BeTrue();

        calls.Should().Be(1);
        pages.Current.Items.Should().Equal(1);
    }

    [Fact]
    public async Task Paging_can_resume_from_a_token()
    {
        var pageable = AsyncPageable.Create<string>((token, _) => Task.FromResult(new Page<string>([token ?? "first"], null)));

        var pages = await pageable.AsPages("p7").ToListAsync();

        pages.Single().Items.Should().Equal("p7");
    }

    [Fact]
    public async Task Cancellation_mid_walk_stops_before_the_next_fetch_without_prefetch()
    {
        using var cts = new CancellationTokenSource();
        var calls = 0;
        var pageable = AsyncPageable.Create<int>((_, ct) =>
        {
            ct.ThrowIfCancellationRequested();
            calls++;
            return Task.FromResult(new Page<int>([calls], "next"));
        }).WithPrefetch(false);

        var act = async () =>
        {
            await foreach (var item in pageable.WithCancellation(cts.Token))
            {
                if (item == 2)
                    await cts.CancelAsync();
            }
        };

        await act.Should().ThrowAsync<OperationCanceledException>();
        calls.Should().Be(2);
    }
}

using System.Net;
using MemoryClients.Tests.Support;

namespace MemoryClients.Tests.Unified;

public sealed class SyncClientTests
{
    [Fact]
    public void Mem0_sync_calls_never_take_the_async_path()
    {
        var handler = new ScriptedHandler { ForbidAsync = true }
            .Respond(HttpStatusCode.OK, UnifiedTestOptions.Mem0SearchBody)
            .Respond(HttpStatusCode.OK, """{"message":"ok","status":"SUCCEEDED","event_id":"e1","results":[{"id":"m1","data":{"memory":"x"},"event":"ADD"}]}""")
            .Respond(HttpStatusCode.OK, """{"count":1,"next":null,"previous":null,"results":[{"id":"m1","memory":"x","user_id":"alice"}]}""")
            .Respond(HttpStatusCode.OK, """{"message":"Memory deleted successfully!"}""");
        using var client = new MemoryClient(new HttpClient(handler), UnifiedTestOptions.Mem0());
        var scope = MemoryScope.ForUser("alice");

        client.Search("pizza", scope).Should().ContainSingle().Which.Text.Should().Be("Likes pizza");
        client.Add([MemoryMessage.User("x")], scope, new MemoryAddOptions { Infer = false }).Ids.Should().Equal("m1");
        client.List(scope).Should().ContainSingle();
        client.Delete("m1");

        handler.SyncCalls.Should().Be(4);
        handler.AsyncCalls.Should().Be(0);
    }

    [Fact]
    public void MemMachine_sync_calls_never_take_the_async_path()
    {
        var handler = new ScriptedHandler { ForbidAsync = true }
            .Respond(HttpStatusCode.OK, UnifiedTestOptions.MemMachineSearchBody)
            .Respond(HttpStatusCode.OK, """{"results":[{"uid":"9"}]}""")
            .Respond(HttpStatusCode.OK, """{"status":0,"content":{"episodic_memory":[{"uid":"9","content":"hi","session_key":"s","created_at":"2025-01-01T00:00:00Z","producer_id":"alice","producer_role":"user"}]}}""")
            .Respond(HttpStatusCode.NoContent, "");
        using var client = new MemoryClient(new HttpClient(handler), UnifiedTestOptions.MemMachine());
        var scope = MemoryScope.ForUser("alice");

        client.Search("pizza", scope).Should().HaveCount(2);
        client.Add([MemoryMessage.User("hi")], scope).Ids.Should().Equal("9");
        client.List(scope).Should().ContainSingle().Which.Kind.Should().Be(MemoryKind.Episode);
        client.Delete("9");

        handler.AsyncCalls.Should().Be(0);
        handler.SyncCalls.Should().Be(4);
    }

    [Fact]
    public async Task The_async_client_does_use_the_async_path_so_the_probe_can_fail()
    {
        var handler = new ScriptedHandler { ForbidAsync = true };
        using var client = new AsyncMemoryClient(new HttpClient(handler), UnifiedTestOptions.Mem0());

        var act = () => client.SearchAsync("pizza", MemoryScope.ForUser("alice"));

        await act.Should().ThrowAsync<Exception>();
        handler.AsyncCalls.Should().Be(1);
    }

    [Theory]
    [InlineData(MemoryProvider.Mem0)]
    [InlineData(MemoryProvider.MemMachine)]
    public void Sync_calls_do_not_deadlock_under_a_single_threaded_synchronization_context(MemoryProvider provider)
    {
        var handler = new ScriptedHandler
        {
            Fallback = (_, _) => Task.FromResult(ScriptedHandler.Response(HttpStatusCode.OK, provider == MemoryProvider.Mem0 ? UnifiedTestOptions.Mem0SearchBody : UnifiedTestOptions.MemMachineSearchBody)),
        };
        using var client = new MemoryClient(new HttpClient(handler), provider == MemoryProvider.Mem0 ? UnifiedTestOptions.Mem0() : UnifiedTestOptions.MemMachine());
        IReadOnlyList<MemoryRecord>? hits = null;
        var posted = -1;

        var finished = SingleThreadSynchronizationContext.Run(() =>
        {
            hits = client.Search("pizza", MemoryScope.ForUser("alice"));
            posted = ((SingleThreadSynchronizationContext)SynchronizationContext.Current!).Posted;
        }, TimeSpan.FromSeconds(20), out var error);

        finished.Should().BeTrue("a synchronous call must not wait for the blocked thread's context");
        error.Should().BeNull();
        hits.Should().NotBeEmpty();
        posted.Should().Be(0, "nothing was scheduled back onto the caller's context");
        handler.AsyncCalls.Should().Be(0);
    }

    [Fact]
    public void Sync_over_async_would_deadlock_under_the_same_context_so_the_test_can_fail()
    {
        var finished = SingleThreadSynchronizationContext.Run(() =>
        {
            static async Task<int> Work()
            {
                await Task.Delay(1);
                return 1;
            }
#pragma warning disable VSTHRD002
            _ = Work().GetAwaiter().GetResult();
#pragma warning restore VSTHRD002
        }, TimeSpan.FromMilliseconds(500), out _);

        finished.Should().BeFalse();
    }

    [Fact]
    public void Sync_delete_all_on_memmachine_lists_then_deletes_episodes_and_their_features()
    {
        var handler = new ScriptedHandler { ForbidAsync = true }
            .Respond(HttpStatusCode.OK, """{"status":0,"content":{"episodic_memory":[{"uid":"1","content":"a","session_key":"s","created_at":"2025-01-01T00:00:00Z","producer_id":"alice","producer_role":"user"},{"uid":"2","content":"b","session_key":"s","created_at":"2025-01-01T00:00:00Z","producer_id":"alice","producer_role":"user"}]}}""")
            .Respond(HttpStatusCode.NoContent, "")
            .Respond(HttpStatusCode.OK, """{"status":0,"content":{"semantic_memory":[{"category":"c","tag":"t","feature_name":"f","value":"v","metadata":{"id":"f1","citations":["1"]}},{"category":"c","tag":"t","feature_name":"g","value":"w","metadata":{"id":"f2","citations":["1","99"]}}]}}""")
            .Respond(HttpStatusCode.NoContent, "");
        using var client = new MemoryClient(new HttpClient(handler), UnifiedTestOptions.MemMachine());

        client.DeleteAll(MemoryScope.ForUser("alice"));

        handler.Requests.Select(r => r.Path).Should().Equal("/v2/memories/list", "/v2/memories/episodic/delete", "/v2/memories/list", "/v2/memories/semantic/delete");
        System.Text.Json.Nodes.JsonNode.Parse(handler.Requests[0].Body!)!["filter"]!.GetValue<string>().Should().Be("metadata.user_id='alice'");
        handler.Requests[1].Body.Should().Contain("\"episodic_ids\":[\"1\",\"2\"]");
        handler.Requests[3].Body.Should().Contain("\"semantic_ids\":[\"f1\"]").And.NotContain("f2");
    }
}

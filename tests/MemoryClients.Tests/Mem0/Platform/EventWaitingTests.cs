using System.Net;
using MemoryClients.Errors;
using MemoryClients.Mem0;
using MemoryClients.Mem0.Api;
using MemoryClients.Tests.Mem0.Platform.Support;
using MemoryClients.Tests.Support;

namespace MemoryClients.Tests.Mem0.Platform;

/// <summary>Waiting for an event polls on the client's clock: the test moves a manual clock, nothing sleeps.</summary>
public sealed class EventWaitingTests
{
    private const string EventId = "6f1d8a42-3c1e-4a8e-9f0b-2d7c5e9a1b34";
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    private static string Event(Mem0EventStatus status, string? error = null) =>
        $$"""{"id":"{{EventId}}","event_type":"ADD","status":"{{status}}"{{(error is null ? "" : $",\"error\":\"{error}\"")}}}""";

    [Fact]
    public async Task Polls_pending_and_running_until_succeeded()
    {
        var time = new FakeTimeProvider();
        var handler = new ScriptedHandler()
            .Respond(HttpStatusCode.OK, Event(Mem0EventStatus.Pending))
            .Respond(HttpStatusCode.OK, Event(Mem0EventStatus.Running))
            .Respond(HttpStatusCode.OK, Event(Mem0EventStatus.Succeeded));
        using var client = PlatformClient.Create(handler, time);

        var done = await time.DriveAsync(client.Events.WaitForCompletionAsync(EventId, Interval), Interval);

        done.Status.Should().Be(Mem0EventStatus.Succeeded);
        handler.Requests.Should().HaveCount(3).And.OnlyContain(r => r.Path == $"/v1/event/{EventId}/" && r.Method == HttpMethod.Get);
        time.RequestedDueTimes.Count(d => d == Interval).Should().Be(2, "the client waits once between each pair of polls");
        time.GetUtcNow().Should().Be(new DateTimeOffset(2026, 1, 1, 0, 0, 4, TimeSpan.Zero));
    }

    [Fact]
    public async Task An_unknown_status_means_keep_waiting()
    {
        var time = new FakeTimeProvider();
        var handler = new ScriptedHandler()
            .Respond(HttpStatusCode.OK, Event("QUEUED"))
            .Respond(HttpStatusCode.OK, Event(Mem0EventStatus.Succeeded));
        using var client = PlatformClient.Create(handler, time);

        var done = await time.DriveAsync(client.Events.WaitForCompletionAsync(EventId, Interval), Interval);

        done.Id.Should().Be(EventId);
        handler.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task A_failed_event_throws_with_the_event_attached()
    {
        var time = new FakeTimeProvider();
        var handler = new ScriptedHandler()
            .Respond(HttpStatusCode.OK, Event(Mem0EventStatus.Running))
            .Respond(HttpStatusCode.OK, Event(Mem0EventStatus.Failed, "Extraction model unavailable"));
        using var client = PlatformClient.Create(handler, time);

        var error = await time.DriveAsync(Record.ExceptionAsync(() => client.Events.WaitForCompletionAsync(EventId, Interval)), Interval);

        var failed = error.Should().BeOfType<Mem0EventFailedException>().Subject;
        failed.Event.Status.Should().Be(Mem0EventStatus.Failed);
        failed.ServiceMessage.Should().Be("Extraction model unavailable");
        failed.ErrorCode.Should().Be(Mem0EventFailedException.FailedCode);
        failed.Message.Should().Contain(EventId).And.Contain("Extraction model unavailable");
        failed.Should().BeAssignableTo<MemoryApiException>();
    }

    [Fact]
    public async Task Cancelling_stops_the_wait()
    {
        var time = new FakeTimeProvider();
        var handler = new ScriptedHandler { Fallback = (_, _) => Task.FromResult(ScriptedHandler.Response(HttpStatusCode.OK, Event(Mem0EventStatus.Pending))) };
        using var client = PlatformClient.Create(handler, time);
        using var cancel = new CancellationTokenSource();

        var wait = client.Events.WaitForCompletionAsync(EventId, Interval, cancel.Token);
        await time.WaitForTimerWithinAsync(Interval);
        await cancel.CancelAsync();

        await wait.Invoking(t => t).Should().ThrowAsync<OperationCanceledException>();
        handler.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task An_error_response_is_not_swallowed()
    {
        var handler = new ScriptedHandler().Respond(HttpStatusCode.NotFound, """{"error":"Event not found or you don't have permission to access it."}""");
        using var client = PlatformClient.Create(handler);

        var error = await client.Invoking(c => c.Events.WaitForCompletionAsync(EventId)).Should().ThrowAsync<MemoryNotFoundException>();
        error.Which.ServiceMessage.Should().StartWith("Event not found");
    }
}

using System.Diagnostics;
using System.Net;
using MemoryClients.Errors;
using MemoryClients.Tests.Support;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace MemoryClients.Tests.Errors;

/// <summary>
/// Whatever fails underneath Refit (an error status, a body that is not JSON, a dropped connection), callers see only the
/// MemoryApiException family, and the API key appears in no exception, log line, span tag or ToString(), on both clients.
/// </summary>
public sealed class RefitErrorPathTests
{
    private const string Key = "m0-secret-key-4242";

    public static TheoryData<string, bool> Scenarios()
    {
        var data = new TheoryData<string, bool>();
        foreach (var scenario in new[] { "401", "500", "invalid-json", "reset" })
        {
            data.Add(scenario, true);
            data.Add(scenario, false);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task Failures_surface_as_memory_exceptions_without_the_key(string scenario, bool synchronous)
    {
        var handler = new ScriptedHandler();
        _ = scenario switch
        {
            "401" => handler.Respond(HttpStatusCode.Unauthorized, """{"detail":"Invalid API key."}"""),
            "500" => handler.Respond(HttpStatusCode.InternalServerError, "<html>oops</html>", "text/html"),
            "invalid-json" => handler.Respond(HttpStatusCode.OK, """{"results": [{"id": """),
            _ => handler.Throw(new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely.")),
        };
        var logs = new FakeLogCollector();
        using var loggerFactory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(logs)));
        // Other tests run in parallel and their spans reach this listener too, from other threads.
        var spans = new System.Collections.Concurrent.ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "MemoryClients",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        var options = new MemoryClientOptions
        {
            Provider = MemoryProvider.Mem0,
            ApiKey = Key,
            BaseAddress = new Uri("https://api.mem0.test/"),
            Resilience = new MemoryResilienceOptions { MaxRetries = 0 },
        };

        Exception error;
        if (synchronous)
        {
            using var client = new MemoryClient(new HttpClient(handler), options, loggerFactory);
            error = Record.Exception(() => client.Search("tea", MemoryScope.ForUser("alice")))!;
        }
        else
        {
            using var client = new AsyncMemoryClient(new HttpClient(handler), options, loggerFactory);
            error = (await Record.ExceptionAsync(() => client.SearchAsync("tea", MemoryScope.ForUser("alice"))))!;
        }

        error.Should().BeAssignableTo<MemoryApiException>();
        handler.Requests.Should().ContainSingle().Which.Authorization.Should().Be("Token " + Key, "the key was sent, so leaking it was possible");
        for (var e = error; e is not null; e = e.InnerException)
        {
            e.GetType().Assembly.GetName().Name.Should().NotBe("Refit", "no Refit exception reaches a caller");
            e.ToString().Should().NotContain(Key);
            e.GetType().GetProperties().Where(p => p.PropertyType == typeof(HttpRequestMessage)).Should().BeEmpty();
        }
        logs.GetSnapshot().Should().NotBeEmpty().And.OnlyContain(r => !r.Message.Contains(Key, StringComparison.Ordinal));
        spans.ToArray().SelectMany(s => s.TagObjects).Should().OnlyContain(t => !(t.Value ?? "").ToString()!.Contains(Key, StringComparison.Ordinal));
    }
}

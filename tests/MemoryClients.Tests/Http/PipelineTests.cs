using System.Net;
using System.Text.Json.Nodes;
using MemoryClients.Errors;
using MemoryClients.Http;
using MemoryClients.Mem0;
using MemoryClients.Tests.Support;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;

namespace MemoryClients.Tests.Http;

/// <summary>The Polly pipeline as users extend it: strategies of their own inside the SDK's retry, and the SDK's rule in theirs.</summary>
public sealed class PipelineTests : IDisposable
{
    private readonly ScriptedHandler _handler = new();

    public void Dispose() => _handler.Dispose();

    private ApiTransport Transport(Action<MemoryResilienceOptions> configure)
    {
        var resilience = new MemoryResilienceOptions { BaseDelay = TimeSpan.Zero, MaxDelay = TimeSpan.Zero };
        configure(resilience);
        return ApiTransport.Create(new Mem0ClientOptions { ApiKey = "k", BaseAddress = new Uri("https://api.example.test/"), Resilience = resilience }, new HttpClient(_handler));
    }

    private static Task<JsonObject> Read(ApiTransport transport) => transport.Api<IProbeApi>().ReadAsync(CancellationToken.None);

    private static Task<JsonObject> Add(ApiTransport transport) =>
        transport.Api<IProbeApi>().AddAsync(new JsonObject { ["messages"] = "x" }, CancellationToken.None);

    [Fact]
    public async Task A_circuit_breaker_added_to_the_pipeline_opens_and_then_refuses_without_sending()
    {
        _handler.Respond(HttpStatusCode.ServiceUnavailable).Respond(HttpStatusCode.ServiceUnavailable).Respond(HttpStatusCode.OK, "{}");
        using var transport = Transport(r => r.ConfigurePipeline(p => p.AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
        {
            FailureRatio = 0.5,
            MinimumThroughput = 2,
            BreakDuration = TimeSpan.FromMinutes(1),
            ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result is { StatusCode: HttpStatusCode.ServiceUnavailable }),
        })));

        // The breaker sees each try: the first try and its retry fail, the breaker opens, and the next retry is refused.
        var opened = await FluentActions.Awaiting(() => Read(transport)).Should().ThrowAsync<BrokenCircuitException>();
        _handler.Requests.Should().HaveCount(2);
        opened.Which.Should().BeAssignableTo<ExecutionRejectedException>("a strategy's own rejection reaches the caller unchanged");

        await FluentActions.Awaiting(() => Read(transport)).Should().ThrowAsync<BrokenCircuitException>();
        _handler.Requests.Should().HaveCount(2, "an open circuit sends nothing");
    }

    [Fact]
    public async Task A_retry_of_the_users_own_follows_the_sdk_rule_so_writes_the_service_may_have_acted_on_are_not_sent_again()
    {
        _handler.Respond(HttpStatusCode.ServiceUnavailable).Respond(HttpStatusCode.ServiceUnavailable).Respond(HttpStatusCode.OK, "{}")
            .Respond(HttpStatusCode.InternalServerError).Respond(HttpStatusCode.OK, "{}");
        using var transport = Transport(r =>
        {
            r.MaxRetries = 0;
            r.ConfigurePipeline(p => p.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = 5,
                Delay = TimeSpan.Zero,
                ShouldHandle = MemoryRetryRule.ShouldRetry,
            }));
        });

        await Read(transport);
        _handler.Requests.Should().HaveCount(3, "a read is retried after each 503");

        var add = () => Add(transport);
        (await add.Should().ThrowAsync<MemoryServerException>()).Which.RequestMayHaveBeenProcessed.Should().BeTrue();
        _handler.Requests.Should().HaveCount(4, "an add answered 500 may have been stored: it is not sent again");
    }

    [Fact]
    public void The_rule_is_usable_only_inside_a_client_pipeline()
    {
        var pipeline = new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage> { ShouldHandle = MemoryRetryRule.ShouldRetry, Delay = TimeSpan.Zero })
            .Build();

        var act = () => pipeline.Execute(() => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));

        act.Should().Throw<InvalidOperationException>().WithMessage("*resilience pipeline of a memory client*");
    }

    [Fact]
    public void An_invalid_strategy_of_the_users_fails_when_the_client_is_created_not_at_its_first_call()
    {
        // Polly validates a strategy's options when it is added; the user's part of the pipeline is built at construction.
        var invalid = new RetryStrategyOptions<HttpResponseMessage> { MaxRetryAttempts = -1 };
        var act = () => Transport(r => r.ConfigurePipeline(p => p.AddRetry(invalid)));

        act.Should().Throw<System.ComponentModel.DataAnnotations.ValidationException>();
        _handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task A_call_made_at_once_gets_the_pipeline_that_is_built_in_the_background()
    {
        _handler.Respond(HttpStatusCode.ServiceUnavailable).Respond(HttpStatusCode.OK, "{}");
        // Without strategies of the user's the pipeline is built on the thread pool; a call made at once builds or waits for
        // that same pipeline, never a bare send.
        using var transport = Transport(_ => { });

        await Read(transport);

        _handler.Requests.Should().HaveCount(2, "the SDK's retry is in the pipeline the call built");
    }

    [Fact]
    public void Configurations_are_copied_with_the_options_so_a_client_never_sees_later_changes()
    {
        var options = new MemoryResilienceOptions().ConfigurePipeline(_ => { });
        var copy = options.Clone();

        options.ConfigurePipeline(_ => { });

        copy.PipelineConfigurations.Should().HaveCount(1);
        options.PipelineConfigurations.Should().HaveCount(2);
    }
}

using MemoryClients.Extensions.AI.Tests.Support;
using Microsoft.Extensions.AI;

namespace MemoryClients.Extensions.AI.Tests;

/// <summary>Settings are checked when the middleware or provider is built, before any call to a service.</summary>
public sealed class ChatMemoryOptionsTests : IDisposable
{
    // Never called: construction does no I/O.
    private readonly AsyncMemoryClient _memory = new(new MemoryClientOptions { ApiKey = "unused", BaseAddress = new Uri("http://127.0.0.1:9/") });

    public static TheoryData<string, Action<ChatMemoryOptions>> BadSettings => new()
    {
        { "TopK 0", o => o.TopK = 0 },
        { "TopK 1001", o => o.TopK = 1001 },
        { "threshold above 1", o => o.Threshold = 1.5 },
        { "threshold NaN", o => o.Threshold = double.NaN },
        { "template without placeholder", o => o.ContextTemplate = "Memories follow." },
        { "undefined placement", o => o.Placement = (MemoryContextPlacement)7 },
        { "zero recall timeout", o => o.RecallTimeout = TimeSpan.Zero },
        { "negative recall timeout", o => o.RecallTimeout = TimeSpan.FromSeconds(-1) },
        { "infinite recall timeout", o => o.RecallTimeout = Timeout.InfiniteTimeSpan },
        { "recall timeout over 5 minutes", o => o.RecallTimeout = TimeSpan.FromMinutes(5) + TimeSpan.FromTicks(1) },
        { "negative cool-down", o => o.RecallCooldown = TimeSpan.FromSeconds(-1) },
        { "cool-down over an hour", o => o.RecallCooldown = TimeSpan.FromHours(1) + TimeSpan.FromTicks(1) },
        { "no clock", o => o.TimeProvider = null! },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public void Bad_settings_fail_with_an_argument_exception_naming_options(string because, Action<ChatMemoryOptions> change)
    {
        var options = new ChatMemoryOptions();
        change(options);

        var build = () => new MemoryChatClient(new ScriptedChatClient(), _memory, _ => null, options);

        build.Should().Throw<ArgumentException>(because).WithParameterName("options");
    }

    [Fact]
    public void UseMemory_reports_bad_settings_when_the_pipeline_is_built()
    {
        var builder = new ChatClientBuilder(new ScriptedChatClient()).UseMemory(_ => null, _memory, o => o.TopK = 0);

        builder.Invoking(b => b.Build()).Should().Throw<ArgumentException>().WithParameterName("options");
    }

    [Fact]
    public void UseMemory_without_a_client_needs_one_registered()
    {
        var builder = new ChatClientBuilder(new ScriptedChatClient()).UseMemory(_ => null);

        builder.Invoking(b => b.Build()).Should().Throw<InvalidOperationException>().WithMessage("*IMemoryClient*");
    }

    [Fact]
    public void The_defaults_are_the_documented_ones()
    {
        var chat = new ChatMemoryOptions();
        var agent = new MemoryContextProviderOptions();

        chat.TopK.Should().Be(5);
        chat.Placement.Should().Be(MemoryContextPlacement.UserMessage);
        agent.Placement.Should().Be(MemoryContextPlacement.UserMessage);
        chat.StoreMessages.Should().BeTrue();
        chat.StoredRoles.Should().Be(StoredMessageRoles.UserAndAssistant);
        chat.StoreInBackground.Should().BeFalse();
        chat.RecallFailure.Should().Be(RecallFailureBehavior.AnswerWithoutMemories);
        chat.LogMemoryContent.Should().BeFalse();
        chat.RecallTimeout.Should().Be(TimeSpan.FromSeconds(3));
        chat.RecallCooldown.Should().Be(TimeSpan.FromSeconds(30));
        chat.TimeProvider.Should().BeSameAs(TimeProvider.System);
    }

    public void Dispose() => _memory.Dispose();
}

using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace MemoryClients.Emulator.Tests.Emulator.Support;

/// <summary>An <see cref="IChatClient"/> that answers every call with <see cref="Answer"/> (or throws), and keeps the prompts.</summary>
public sealed class FakeChatClient : IChatClient
{
    /// <summary>What the next call answers; a function of the prompt text.</summary>
    public Func<string, string> Answer { get; set; } = _ => """{"facts": []}""";

    /// <summary>Thrown by every call when set.</summary>
    public Exception? Failure { get; set; }

    /// <summary>The text of every prompt received, in order.</summary>
    public List<string> Prompts { get; } = [];

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var prompt = string.Join("\n", messages.Select(m => m.Text));
        lock (Prompts) Prompts.Add(prompt);
        if (Failure is not null) throw Failure;
        return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, Answer(prompt))));
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = await GetResponseAsync(messages, options, cancellationToken);
        foreach (var update in response.ToChatResponseUpdates()) yield return update;
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose()
    {
    }
}

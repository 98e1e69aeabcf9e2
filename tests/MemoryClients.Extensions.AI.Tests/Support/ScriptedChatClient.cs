using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace MemoryClients.Extensions.AI.Tests.Support;

/// <summary>
/// A model stand-in: records every request it receives and answers with the next scripted reply (or "OK"), streaming a
/// reply word by word. It can be told to fail, before answering or in the middle of a stream.
/// </summary>
public sealed class ScriptedChatClient : IChatClient
{
    private readonly Queue<string> _replies;
    private readonly Lock _gate = new();

    public ScriptedChatClient(params string[] replies) => _replies = new Queue<string>(replies);

    /// <summary>Every request: the messages and options exactly as the model received them.</summary>
    public List<(List<ChatMessage> Messages, ChatOptions? Options)> Requests { get; } = [];

    /// <summary>When set, the next call throws this (and the failure is used up).</summary>
    public Exception? FailNext { get; set; }

    /// <summary>When set, the next stream throws this after its first update.</summary>
    public Exception? FailMidStream { get; set; }

    /// <summary>Everything the model was shown in the last request: system text, instructions and messages.</summary>
    public string LastPrompt
    {
        get
        {
            var (messages, options) = Requests[^1];
            return string.Join("\n", new[] { options?.Instructions ?? "" }.Concat(messages.Select(m => $"{m.Role}: {m.Text}")));
        }
    }

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var reply = Take(messages, options);
        return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, reply)));
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var reply = Take(messages, options);
        var words = reply.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            await Task.Yield();
            if (i == 1 && FailMidStream is { } failure)
            {
                FailMidStream = null;
                throw failure;
            }
            yield return new ChatResponseUpdate(ChatRole.Assistant, i == 0 ? words[i] : " " + words[i]) { MessageId = "m1" };
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose() { }

    private string Take(IEnumerable<ChatMessage> messages, ChatOptions? options)
    {
        lock (_gate)
        {
            Requests.Add(([.. messages], options));
            if (FailNext is { } failure)
            {
                FailNext = null;
                throw failure;
            }
            return _replies.Count > 0 ? _replies.Dequeue() : "OK";
        }
    }
}

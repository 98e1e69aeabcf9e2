using System.Net;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace MemoryClients.Samples.ChatWithMemory;

/// <summary>
/// A stand-in model for offline runs: it answers a question from the memories the middleware put in front of it, and
/// acknowledges anything else. It reads only what a real model would see.
/// </summary>
public sealed class RememberingModel : IChatClient
{
    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = messages.ToList();
        var memories = list
            .SelectMany(m => m.Text.Split('\n'))
            .Where(line => line.StartsWith("<memory>", StringComparison.Ordinal) && line.EndsWith("</memory>", StringComparison.Ordinal))
            .Select(line => WebUtility.HtmlDecode(line["<memory>".Length..^"</memory>".Length]).TrimEnd('.'))
            .ToList();
        var question = list.LastOrDefault(m => m.Role == ChatRole.User)?.Text.Trim() ?? "";
        var answer = question.EndsWith('?')
            ? memories.Count > 0 ? $"From what I remember: {string.Join("; ", memories)}." : "I don't remember anything about that yet."
            : "Got it, I'll remember that.";
        return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, answer)));
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = await GetResponseAsync(messages, options, cancellationToken);
        foreach (var update in response.ToChatResponseUpdates())
            yield return update;
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose() { }
}

using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace MemoryClients.LoadTest;

/// <summary>Counts the methods the JIT compiles, by namespace, to see what a cold start pays for.</summary>
internal sealed class JitSampler : EventListener
{
    private const EventKeywords JitKeyword = (EventKeywords)0x10;
    private readonly ConcurrentDictionary<string, int> _byNamespace = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _methods = new();

    /// <summary>Every method compiled, in order, as "namespace::name".</summary>
    public IEnumerable<string> Methods => _methods;

    /// <summary>Methods compiled per namespace (its first two dotted parts), most first.</summary>
    public IReadOnlyList<(string Namespace, int Methods)> Top(int count) =>
        [.. _byNamespace.ToArray().OrderByDescending(p => p.Value).Take(count).Select(p => (p.Key, p.Value))];

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
            EnableEvents(eventSource, EventLevel.Verbose, JitKeyword);
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName != "MethodJittingStarted_V1" || eventData.Payload is null)
            return;
        var index = eventData.PayloadNames!.IndexOf("MethodNamespace");
        if (index < 0 || eventData.Payload[index] is not string name)
            return;
        var method = eventData.PayloadNames.IndexOf("MethodName") is var m and >= 0 ? eventData.Payload[m] as string : null;
        _methods.Enqueue(name + "::" + method);
        var parts = name.Split('.', 3);
        var key = parts.Length >= 2 ? parts[0] + "." + parts[1] : name;
        _byNamespace.AddOrUpdate(key, 1, (_, n) => n + 1);
    }
}

using System.Collections.Concurrent;

namespace MemoryClients.Tests.Unified;

/// <summary>
/// A UI-like context: posted callbacks run only when the owning thread pumps them, never on the thread pool.
/// Code that blocks its thread on a task whose continuation was posted here deadlocks, which is what the tests detect.
/// </summary>
public sealed class SingleThreadSynchronizationContext : SynchronizationContext
{
    private readonly BlockingCollection<(SendOrPostCallback Callback, object? State)> _queue = [];

    public int Posted { get; private set; }

    public override void Post(SendOrPostCallback d, object? state)
    {
        Posted++;
        _queue.Add((d, state));
    }

    public override void Send(SendOrPostCallback d, object? state) => throw new NotSupportedException("Send is not used by these tests.");

    /// <summary>Runs <paramref name="action"/> on a new thread that owns this context; false when it did not finish in time (a deadlock).</summary>
    public static bool Run(Action action, TimeSpan timeout, out Exception? error)
    {
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            var context = new SingleThreadSynchronizationContext();
            SetSynchronizationContext(context);
            try
            {
                action();
            }
            catch (Exception e)
            {
                failure = e;
            }
        }) { IsBackground = true };
        thread.Start();
        var finished = thread.Join(timeout);
        error = failure;
        return finished;
    }
}

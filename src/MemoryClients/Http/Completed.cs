namespace MemoryClients.Http;

/// <summary>Reads the result of work that the synchronous path has already finished.</summary>
/// <remarks>
/// The synchronous clients run the same method bodies as the asynchronous ones with <c>async: false</c>: every send
/// underneath is blocking, so the task is complete when it comes back. If it is not, that is a bug in this library,
/// and it is reported as one rather than hidden by blocking a thread.
/// </remarks>
internal static class Completed
{
    public static T Result<T>(Task<T> task) => task.IsCompleted ? task.GetAwaiter().GetResult() : throw NotCompleted();

    public static T Result<T>(ValueTask<T> task) => task.IsCompleted ? task.GetAwaiter().GetResult() : throw NotCompleted();

    public static void Wait(Task task)
    {
        if (!task.IsCompleted)
            throw NotCompleted();
        task.GetAwaiter().GetResult();
    }

    private static InvalidOperationException NotCompleted() =>
        new("MemoryClients bug: a synchronous call reached asynchronous work. Please report it; the asynchronous client is not affected.");
}

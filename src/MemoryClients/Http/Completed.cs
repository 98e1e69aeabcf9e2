namespace MemoryClients.Http;

/// <summary>Runs the asynchronous code of the SDK on its synchronous path, and reads the result it has already finished.</summary>
/// <remarks>
/// The synchronous client runs the same method bodies as the asynchronous one with <see cref="CallContext.IsBlocking"/>
/// set: every send underneath is blocking, so the task is complete when it comes back. If it is not, that is a bug in
/// this library, and it is reported as one rather than hidden by blocking a thread.
/// </remarks>
internal static class Completed
{
    /// <summary>Calls <paramref name="call"/> as a blocking call and returns its result.</summary>
    public static T Blocking<T>(Func<Task<T>> call)
    {
        using (CallContext.Blocking())
            return Result(call());
    }

    /// <summary>Calls <paramref name="call"/> as a blocking call.</summary>
    public static void Blocking(Func<Task> call)
    {
        using (CallContext.Blocking())
            Wait(call());
    }

    /// <summary>Calls <paramref name="call"/> as a blocking call and returns its result.</summary>
    public static T Blocking<T>(Func<ValueTask<T>> call)
    {
        using (CallContext.Blocking())
            return Result(call());
    }

    /// <summary>Calls <paramref name="call"/> as a blocking call.</summary>
    public static void Blocking(Func<ValueTask> call)
    {
        using (CallContext.Blocking())
        {
            var task = call();
            if (!task.IsCompleted)
                throw NotCompleted();
            task.GetAwaiter().GetResult();
        }
    }

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

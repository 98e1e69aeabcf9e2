namespace MemoryClients.Errors;

/// <summary>
/// The rule of every delete operation: a delete retried after a try whose outcome is unknown (its response was lost, it
/// timed out, or the service answered 408 or 5xx) that then finds nothing was done by that earlier try, so it succeeded.
/// A delete that finds nothing on its first try still fails with <see cref="MemoryNotFoundException"/>. The raw APIs
/// report every answer as it came.
/// </summary>
internal static class EarlierDelete
{
    /// <summary>The delete's answer, or <paramref name="done"/> when an earlier try already deleted.</summary>
    public static async Task<T> Succeeded<T>(Task<T> delete, Func<T> done)
    {
        try
        {
            return await delete.ConfigureAwait(false);
        }
        catch (MemoryNotFoundException error) when (error.RequestMayHaveBeenProcessed)
        {
            return done();
        }
    }

    /// <summary>Completes when the delete did, or when an earlier try already deleted.</summary>
    public static async Task Succeeded(Task delete)
    {
        try
        {
            await delete.ConfigureAwait(false);
        }
        catch (MemoryNotFoundException error) when (error.RequestMayHaveBeenProcessed)
        {
            // Deleted by the earlier try.
        }
    }
}

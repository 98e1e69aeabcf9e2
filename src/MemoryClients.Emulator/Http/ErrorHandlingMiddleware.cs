
namespace MemoryClients.Emulator.Http;

/// <summary>Turns <see cref="ApiException"/> into its answer and any other exception into the service's 500 shape.</summary>
internal sealed class ErrorHandlingMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (ApiException e) when (!context.Response.HasStarted)
        {
            await e.Result.ExecuteAsync(context);
        }
        catch (Exception e) when (e is not OperationCanceledException && !context.Response.HasStarted)
        {
            var service = ServiceKinds.FromPath(context.Request.Path);
            await ServiceKinds.Error(service, StatusCodes.Status500InternalServerError, "Internal server error: " + e.Message)
                .ExecuteAsync(context);
        }
    }
}
